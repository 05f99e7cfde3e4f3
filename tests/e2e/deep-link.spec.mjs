// Links to what a reader found: `#lens-term=ID` opens that entry's card at its first mention,
// `#lens-player=ID` selects that player on its map, on arrival and when the fragment changes;
// "Copy link" in a card and in the evidence panel gives such a link; evidence quotes link to
// their words at the publisher's original.
import { test, expect } from '@playwright/test';
import { gotoLive } from './live.mjs';
import { seed } from './seed.mjs';

const doc = seed();
const entry = (id) => doc.glossary.find((e) => e.id === id);

test('a link to a card opens it at the entry’s first mention, with focus on the term', async ({ page }) => {
  await gotoLive(page, '/#lens-term=aukus');
  const card = page.getByRole('dialog', { name: 'AUKUS' });
  await expect(card).toBeVisible();
  await expect(card).toContainText(entry('aukus').definition);
  // The first mention: in the second paragraph, focused and on screen.
  const term = page.locator('.al-mount .al-term:focus');
  await expect(term).toHaveText('AUKUS');
  await expect(term).toBeInViewport();
  expect(await term.evaluate((el) => el.closest('.al-block, p')?.id)).toMatch(/-p2$/);
});

test('a link to a player selects it on its map; a changed fragment is followed too', async ({ page }) => {
  await gotoLive(page, '/#lens-player=china');
  const china = page.locator('.al-mount .al-point[aria-pressed="true"]');
  await expect(china).toHaveCount(1);
  await expect(china).toBeFocused();
  await expect(page.locator('.al-mount .al-evidence-name')).toHaveText('China');
  // The page's fragment changes (a link within the page): the widget follows it.
  await page.evaluate(() => { location.hash = '#lens-term=quad'; });
  await expect(page.getByRole('dialog', { name: 'Quad' })).toBeVisible();
  // A fragment for nothing the widget has is left alone.
  await page.evaluate(() => { location.hash = '#lens-term=no-such-entry'; });
  await expect(page.locator('.al-mount .al-root')).toBeVisible();
});

test('“Copy link” in a card and in the evidence panel copies a link that opens the same thing', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await gotoLive(page, '/');
  await page.locator('.al-mount .al-term', { hasText: /^Quad$/ }).first().click();
  await page.getByRole('dialog', { name: 'Quad' }).getByRole('button', { name: 'Copy link to this card' }).click();
  await expect(page.locator('.al-mount .al-announce')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toBe('#lens-term=quad');
  await page.keyboard.press('Escape');
  await page.locator('.al-mount .al-point').first().click();
  await page.getByRole('button', { name: 'Copy link to this player on the map' }).click();
  const playerLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(playerLink).hash).toMatch(/^#lens-player=[a-z-]+$/);
  // Opened in a new page: the same player selected.
  const other = await context.newPage();
  await gotoLive(other, playerLink);
  const id = new URL(playerLink).hash.split('=')[1];
  await expect(other.locator('.al-mount .al-evidence-name')).toHaveText(doc.players.find((p) => p.id === id).name);
  await context.close();
});

test('evidence quotes link to their words at the publisher’s original, where the document gives it', async ({ page }) => {
  const withSource = seed();
  withSource.article.source_url = 'https://example.org/news/asian-nato';
  await page.route('**/content/asian-nato.json', (route) => route.fulfill({ json: withSource }));
  await page.goto('/fixtures/fetched.html');
  await page.locator('.al-mount .al-point').first().click();
  const quotes = page.locator('.al-mount .al-evidence .al-quotes li');
  await expect(quotes.first()).toBeVisible();
  const links = page.locator('.al-mount .al-evidence').getByRole('link', { name: 'At the source' });
  await expect(links).toHaveCount(await quotes.count());
  const href = await links.first().getAttribute('href');
  expect(href.startsWith('https://example.org/news/asian-nato#:~:text=')).toBe(true);
  // The fragment is the quote's words (or its first and last four), percent-encoded.
  const quote = (await quotes.first().locator('q').textContent()).split(/\s+/).filter(Boolean);
  expect(decodeURIComponent(href.split('#:~:text=')[1].split(',')[0])).toBe(quote.slice(0, quote.length <= 8 ? quote.length : 4).join(' '));
});
