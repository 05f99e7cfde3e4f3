// Glossary cards as a reader uses them: mouse, keyboard, touch, the index, the marking switch,
// print. Every test drives the real release build in Chromium.
import { test, expect } from '@playwright/test';
import { gotoLive } from './live.mjs';
import { seed } from './seed.mjs';

const doc = seed();
const entry = (id) => doc.glossary.find((e) => e.id === id);

/** The first marked term with this text. */
const term = (page, text) => page.locator('.al-term', { hasText: new RegExp(`^${text}$`) }).first();
const openCards = (page) => page.locator('.al-card');

test.beforeEach(async ({ page }) => {
  await gotoLive(page);
});

test('a card opens on hover after an intent delay and shows the definition and the article’s words', async ({ page }) => {
  const quad = term(page, 'Quad');
  await quad.scrollIntoViewIfNeeded();
  // When the pointer entered the term, and when a card first appeared, as the page saw them:
  // a loaded machine can only make the card later, never sooner.
  await page.evaluate(() => {
    const root = document.querySelector('article-lens').shadowRoot;
    const seen = (window.__hover = {});
    root.addEventListener('pointerover', (e) => { if (e.target.closest?.('.al-term')) seen.entered ??= performance.now(); }, true);
    new MutationObserver(() => { if (root.querySelector('.al-card')) seen.opened ??= performance.now(); })
      .observe(root, { subtree: true, childList: true });
  });
  await quad.hover();
  const card = page.getByRole('dialog', { name: 'Quad' });
  await expect(card).toBeVisible();
  // Not at once: a pointer passing over the text opens nothing before the 200 ms intent delay.
  const { entered, opened } = await page.evaluate(() => window.__hover);
  expect(opened - entered).toBeGreaterThanOrEqual(190);
  await expect(quad).toHaveAttribute('aria-expanded', 'true');
  await expect(card).toContainText(entry('quad').definition);
  await expect(card).toContainText('In this article');
  await expect(card.locator('q')).toHaveText(entry('quad').in_article.quote);
});

test('the card stays open while the pointer moves to it, and closes after the pointer leaves both', async ({ page }) => {
  const quad = term(page, 'Quad');
  await quad.scrollIntoViewIfNeeded();
  await quad.hover();
  const card = page.getByRole('dialog', { name: 'Quad' });
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 4 });
  await page.waitForTimeout(500); // longer than the grace period
  await expect(card).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  await expect(quad).toHaveAttribute('aria-expanded', 'false');
});

test('keyboard: Tab reaches a term, focus opens its card, Escape closes it and keeps focus', async ({ page }) => {
  // Tab past the marking switch to the first term.
  const first = page.locator('.al-term').first();
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === el.getRootNode().activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(openCards(page)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(openCards(page)).toHaveCount(0);
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  // Enter and Space work the term like a button: open, then close.
  await page.keyboard.press('Enter');
  await expect(openCards(page)).toHaveCount(1);
  await page.keyboard.press(' ');
  await expect(openCards(page)).toHaveCount(0);
  await expect(first).toBeFocused();
});

test('terms are inline text: a multi-word term wraps like the words around it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole('radio', { name: 'All mentions' }).check();
  // Every term is an inline element, so the paragraph breaks lines exactly as plain text does.
  const displays = await page.locator('.al-term').evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).display))]);
  expect(displays).toEqual(['inline']);
  await expect(page.getByRole('button', { name: 'Quad' }).first()).toHaveAttribute('aria-controls', /-card$/);
});

test('keyboard: Tab moves into the card, its links are reachable, and leaving closes it', async ({ page }) => {
  const quad = term(page, 'Quad');
  await quad.focus();
  const card = page.getByRole('dialog', { name: 'Quad' });
  await expect(card).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('link', { name: 'Go to the passage' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.locator('.al-card-related button').first()).toBeFocused();
  // Escape from inside the card returns focus to the term.
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(quad).toBeFocused();
});

test('one card at a time, and moving along terms opens the next at once', async ({ page }) => {
  const quad = term(page, 'Quad');
  await quad.scrollIntoViewIfNeeded();
  await quad.hover();
  await expect(page.getByRole('dialog', { name: 'Quad' })).toBeVisible();
  const beijing = term(page, 'Beijing');
  await beijing.hover();
  // Instant: no intent delay once a card is open.
  await expect(page.getByRole('dialog', { name: 'China' })).toBeVisible({ timeout: 150 });
  await expect(openCards(page)).toHaveCount(1);
});

test('“show all mentions” highlights every mention; Escape clears', async ({ page }) => {
  await page.getByRole('radio', { name: 'All mentions' }).check();
  const quad = term(page, 'Quad');
  await quad.click();
  const card = page.getByRole('dialog', { name: 'Quad' });
  await card.getByRole('button', { name: /^Show all \d+ mentions?$/ }).click();
  const highlighted = page.locator('.al-mention.is-highlighted');
  await expect(highlighted).toHaveCount(2); // "the Quad as an", "Five Eyes, Quad, AUKUS"
  // Screen readers hear it from the widget's polite live region.
  await expect(page.locator('.al-mount [aria-live="polite"]')).toHaveText('2 mentions of Quad highlighted. Press Escape to clear.');
  await page.keyboard.press('Escape');
  await expect(highlighted).toHaveCount(0);
});

test('a related entry in a card takes the reader to that term', async ({ page }) => {
  const quad = term(page, 'Quad');
  await quad.click();
  const card = page.getByRole('dialog', { name: 'Quad' });
  await card.getByRole('button', { name: 'AUKUS' }).click();
  await expect(page.getByRole('dialog', { name: 'AUKUS' })).toBeVisible();
  await expect(term(page, 'AUKUS')).toBeFocused();
});

test('“Go to the passage” highlights the cited paragraph', async ({ page }) => {
  const quad = term(page, 'Quad');
  await quad.click();
  await page.getByRole('dialog', { name: 'Quad' }).getByRole('link', { name: 'Go to the passage' }).click();
  const cited = page.locator('.is-cited');
  await expect(cited).toHaveCount(1);
  await expect(cited).toContainText(entry('quad').in_article.quote);
  await expect(cited).toBeFocused();
});

test('the marking switch: all, first per paragraph, none; remembered on reload', async ({ page }) => {
  const terms = page.locator('.al-term');
  const firstCount = await terms.count();
  await page.getByRole('radio', { name: 'All mentions' }).check();
  const allCount = await terms.count();
  expect(allCount).toBeGreaterThan(firstCount);
  await page.getByRole('radio', { name: 'None' }).check();
  await expect(terms).toHaveCount(0);
  // The text itself is unchanged by marking.
  await expect(page.locator('.al-mount .al-body')).toContainText(doc.article.blocks[1].text);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'None' })).toBeChecked();
  await expect(page.locator('.al-mount h1')).toBeVisible();
  await expect(terms).toHaveCount(0);
});

test('the glossary index lists every entry, filters, and jumps to a mention', async ({ page }) => {
  await page.getByText(`Glossary: ${doc.glossary.length} terms`).click();
  const entries = page.locator('.al-index-entry');
  await expect(entries).toHaveCount(doc.glossary.length);
  await page.getByLabel('Filter terms').fill('aukus');
  await expect(page.locator('.al-index-entry:visible')).toHaveCount(1);
  await expect(page.locator('.al-index-entry:visible .al-index-term')).toHaveText('AUKUS');
  // Kinds left without a visible entry disappear with their heading.
  const plural = { organisation: 'Organisations', agreement: 'Agreements', person: 'People', place: 'Places', policy: 'Policies', concept: 'Concepts' };
  await expect(page.locator('.al-index-group:visible h3')).toHaveText([plural[doc.glossary.find((e) => e.term === 'AUKUS').kind]]);
  await page.locator('.al-index-entry:visible').getByRole('link').first().click();
  const mention = page.locator('.al-mention.is-highlighted');
  await expect(mention).toHaveCount(1);
  await expect(mention).toContainText('AUKUS');
});

test('touch: a tap opens a card, a tap outside closes it', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await gotoLive(page);
  const quad = term(page, 'Quad');
  await quad.scrollIntoViewIfNeeded();
  await quad.tap();
  const card = page.getByRole('dialog', { name: 'Quad' });
  await expect(card).toBeVisible();
  // The card fits the phone's viewport.
  const box = await card.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await page.locator('.al-mount h1').tap();
  await expect(card).toBeHidden();
  // The close control closes too.
  await quad.tap();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Close' }).tap();
  await expect(card).toBeHidden();
  await context.close();
});

test('cards stay inside the viewport at 320 px, flipping above near the bottom', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 568 } });
  await gotoLive(page);
  await page.getByRole('radio', { name: 'All mentions' }).check();
  const terms = page.locator('.al-term');
  const n = await terms.count();
  for (const i of [0, Math.floor(n / 2), n - 1]) {
    const t = terms.nth(i);
    await t.scrollIntoViewIfNeeded();
    await t.focus();
    const card = page.locator('.al-card.is-placed');
    await expect(card).toBeVisible();
    const box = await card.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y + box.height).toBeLessThanOrEqual(568);
  }
  await page.close();
});

test('print: terms carry endnote numbers and the glossary is printed as endnotes', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  const endnotes = page.locator('.al-endnotes');
  await expect(endnotes).toBeVisible();
  await expect(endnotes.locator('li')).toHaveCount(doc.glossary.length);
  await expect(page.locator('.al-mount .al-toolbar')).toBeHidden();
  // Each marked term carries the number of its endnote, printed by CSS after the term.
  const quad = term(page, 'Quad');
  const note = await quad.evaluate((el) => getComputedStyle(el, '::after').content);
  const n = Number(JSON.parse(note));
  expect(n).toBeGreaterThan(0);
  await expect(endnotes.locator('li').nth(n - 1)).toContainText('Quad');
});
