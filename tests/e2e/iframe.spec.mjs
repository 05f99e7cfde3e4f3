// The iframe embed: embed.html shows one article with no page chrome and tells its parent its
// height (Datawrapper's and pym.js's messages); the parent script resizes the frame so that it
// never scrolls inside, as the content changes and the viewport narrows. Without the script
// the frame keeps its height and stays usable. Fragments reach the widget through the frame.
import { test, expect } from '@playwright/test';

/** The frame's height on the page and its document's, in px. */
async function heights(page) {
  const frame = page.locator('#lens-frame');
  const outer = await frame.evaluate((f) => f.clientHeight);
  const inner = await page.frameLocator('#lens-frame').locator('html').evaluate((html) => ({ height: html.getBoundingClientRect().height, scroll: html.scrollHeight, client: html.clientHeight }));
  return { outer, ...inner };
}

/** Waits until the frame is exactly as tall as its content, with nothing to scroll inside. */
async function fitted(page) {
  await expect.poll(async () => {
    const h = await heights(page);
    return Math.abs(h.outer - Math.ceil(h.height)) <= 1 && h.scroll <= h.client + 1;
  }, { timeout: 10_000 }).toBe(true);
  return (await heights(page)).outer;
}

test('the frame takes its content’s height as the maps’ view switches and the viewport narrows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/examples/iframe.html');
  const w = page.frameLocator('#lens-frame');
  await expect(w.locator('.al-mount h1')).toHaveText('Ishiba’s Push for an ‘Asian NATO’ Is a Non-starter');
  await expect(w.locator('.al-mount .al-point').first()).toBeVisible();
  const wide = await fitted(page);
  expect(wide).toBeGreaterThan(2000);

  await w.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(w.locator('.al-mount table')).toBeVisible();
  const table = await fitted(page);
  expect(table).not.toBe(wide);

  await w.getByRole('button', { name: 'Chart', exact: true }).click();
  await page.setViewportSize({ width: 400, height: 800 });
  const narrow = await fitted(page);
  expect(narrow).toBeGreaterThan(wide);

  // A card opened near the end of the article: the frame still shows it all.
  const last = w.locator('.al-mount .al-body .al-term').last();
  await last.scrollIntoViewIfNeeded();
  await last.click();
  await expect(w.locator('.al-mount .al-card.is-placed')).toBeVisible();
  await fitted(page);
});

test('a parent without the script keeps the frame’s own height, and the frame scrolls', async ({ page }) => {
  await page.route('**/examples/iframe-plain.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body><iframe id="lens-frame" src="/embed.html?doc=content/asian-nato.json" title="Explainer" width="600" height="500"></iframe></body></html>',
    }),
  );
  await page.goto('/examples/iframe-plain.html');
  const w = page.frameLocator('#lens-frame');
  await expect(w.locator('.al-mount h1')).toBeVisible();
  await page.waitForTimeout(300);
  const h = await heights(page);
  expect(h.outer).toBe(500);
  expect(h.scroll).toBeGreaterThan(h.client);
});

test('a fragment on the frame’s address opens a card inside it; a bad doc= is said in words', async ({ page }) => {
  await page.goto('/embed.html?doc=content/asian-nato.json#lens-term=quad');
  await expect(page.getByRole('dialog', { name: 'Quad' })).toBeVisible();
  await page.goto('/embed.html?doc=https://example.org/x.json');
  await expect(page.getByRole('alert')).toHaveText('Article Lens: “https://example.org/x.json” is not a document of this site: give doc= a path such as content/asian-nato.json.');
  await page.goto('/embed.html');
  await expect(page.getByRole('alert')).toHaveText('Article Lens: no document: give the frame’s address doc=content/NAME.json.');
});

test('the frame speaks Datawrapper’s and pym.js’s height messages', async ({ page }) => {
  await page.addInitScript(() => {
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push(e.data));
  });
  await page.goto('/examples/iframe.html');
  await expect(page.frameLocator('#lens-frame').locator('.al-mount h1')).toBeVisible();
  await fitted(page);
  const messages = await page.evaluate(() => window.__messages);
  expect(messages.some((m) => typeof m === 'object' && typeof m['datawrapper-height']?.['lens-frame'] === 'number')).toBe(true);
  expect(messages.some((m) => typeof m === 'string' && /^pymxPYMxlens-framexPYMxheightxPYMx\d+$/.test(m))).toBe(true);
});
