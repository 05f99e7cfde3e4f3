// Accessibility: axe-core finds nothing on the standalone reader and an embed page, at phone and
// desktop widths, light and dark, with a card open, with the map and with the table shown. A
// keyboard-only walk reaches every function with a visible focus indicator.
import { test, expect } from '@playwright/test';
import { gotoLive } from './live.mjs';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axe(page, what) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = results.violations.map((v) => `${what}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}

for (const url of ['/', '/examples/news.html']) {
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark']) {
      test(`axe: ${url} at ${width}px, ${scheme}`, async ({ browser }) => {
        test.setTimeout(120_000); // five full axe runs over a large DOM
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
        const page = await context.newPage();
        await gotoLive(page, url);
        const w = page.locator('article-lens').first().locator('.al-mount');
        await expect(w.locator('h1')).toBeVisible();
        await axe(page, 'article');
        // A card open.
        const term = w.locator('.al-term').nth(1);
        await term.scrollIntoViewIfNeeded();
        await term.click();
        await expect(w.locator('.al-card.is-placed')).toBeVisible();
        await page.waitForTimeout(200); // the fade-in, so colours are final
        await axe(page, 'card open');
        await page.keyboard.press('Escape');
        // The map with a player selected and a grouping outlined, then the table.
        await w.locator('.al-point').first().click();
        await w.getByLabel('Outline a grouping').selectOption({ index: 1 });
        await axe(page, 'map');
        await w.getByRole('button', { name: 'Table' }).click();
        await axe(page, 'table');
        // The glossary index open.
        await w.locator('.al-index summary').click();
        await axe(page, 'index');
        await context.close();
      });
    }
  }
}

test('keyboard only: every function is reachable, with a visible focus indicator', async ({ page }) => {
  test.setTimeout(180_000); // hundreds of Tab presses: every term, every card's links
  await gotoLive(page);
  const reached = new Set();
  const unringed = [];
  for (let i = 0; i < 2000; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const ringed = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const hit = el.querySelector?.('.al-hit');
      const pointRing = hit ? getComputedStyle(hit).stroke !== 'none' : false;
      return { kind: el.className?.baseVal ?? el.className, label: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30), ringed: ringed || pointRing, tag: el.localName };
    });
    if (!info) continue;
    reached.add(info.kind);
    if (!info.ringed) unringed.push(`${info.tag}.${info.kind} ${info.label}`);
    // The glossary index is folded: open it from the keyboard, as a reader would.
    if (info.tag === 'summary') await page.keyboard.press('Enter');
    if (info.kind.includes('al-filter-input')) break;
  }
  // The marking switch, terms, the map's controls, a point, the downloads, the glossary index.
  for (const kind of ['al-term', 'al-seg', 'al-point', 'al-filter-input']) {
    expect([...reached].some((k) => k.includes(kind)), `${kind} reached by Tab`).toBe(true);
  }
  expect(unringed).toEqual([]);
});

test('skip links take a keyboard reader past the article to the stance map or the glossary', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.al-point').first()).toBeAttached();
  const focused = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { text: el?.textContent.trim(), tag: el?.localName, width: el?.getBoundingClientRect().width };
  });
  await page.keyboard.press('Tab');
  const first = await focused();
  expect(first).toMatchObject({ tag: 'a', text: 'Skip to the stance map' });
  expect(first.width).toBeGreaterThan(50); // shown once focused
  await page.keyboard.press('Enter');
  expect(await focused()).toMatchObject({ tag: 'h2', text: 'Who stands where' });
  // The next Tab goes on from there, into the maps' controls.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('article-lens').shadowRoot.activeElement?.closest('.al-maps') !== null)).toBe(true);

  await page.goto('/');
  await expect(page.locator('.al-point').first()).toBeAttached();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused()).toMatchObject({ tag: 'a', text: 'Skip to the glossary' });
  await page.keyboard.press('Enter');
  expect(await focused()).toMatchObject({ tag: 'summary' });
  await expect(page.locator('.al-index summary')).toBeInViewport();
});

test('prefers-reduced-motion: cards appear without a transition', async ({ browser }) => {
  const page = await browser.newPage({ reducedMotion: 'reduce' });
  await gotoLive(page);
  const term = page.locator('.al-mount .al-term').first();
  await term.focus();
  const card = page.locator('.al-mount .al-card.is-placed');
  await expect(card).toBeVisible();
  expect(await card.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  await page.close();
});
