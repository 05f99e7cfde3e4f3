// `loading="lazy"`: five widgets below the fold fetch and run nothing until the reader scrolls
// towards them; each then starts as an eager one does.
import { test, expect } from '@playwright/test';

/** The paths the page has requested so far. */
function watchRequests(page) {
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

test('lazy widgets below the fold do no work until scrolled near, then start one by one', async ({ page }) => {
  const paths = watchRequests(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/examples/lazy.html');
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  // Nothing but the page and the embed script (with the wasm's JavaScript glue, which it
  // imports): no wasm, no document, no stylesheet for the widgets.
  expect(paths.filter((p) => /\.(wasm|json|css)$/.test(p))).toEqual([]);
  expect(await page.evaluate(() => [...document.querySelectorAll('article-lens')].map((el) => el.shadowRoot === null))).toEqual([true, true, true, true, true]);
  // The element's own content is what the reader sees meanwhile.
  await expect(page.locator('#lazy-1 > p')).toHaveText('Explainer 1: Ishiba’s push for an ‘Asian NATO’.');

  // Scrolled to within a screen of the first: it starts, and works; the others still wait.
  const ready = page.evaluate(() => new Promise((resolve) => document.getElementById('lazy-1').addEventListener('lens-ready', resolve, { once: true })));
  await page.evaluate(() => window.scrollTo(0, document.getElementById('lazy-1').offsetTop - 1.5 * innerHeight));
  await ready;
  await page.locator('#lazy-1').scrollIntoViewIfNeeded();
  await page.locator('#lazy-1 .al-mount .al-term').first().click();
  await expect(page.locator('#lazy-1 .al-mount .al-card')).toBeVisible();
  expect(paths.filter((p) => p.endsWith('.wasm'))).toHaveLength(1);
  expect(await page.evaluate(() => [2, 3, 4, 5].map((n) => document.getElementById(`lazy-${n}`).shadowRoot === null))).toEqual([true, true, true, true]);

  // The last one, reached, starts too (the wasm already compiled is shared).
  const last = page.evaluate(() => new Promise((resolve) => document.getElementById('lazy-5').addEventListener('lens-ready', resolve, { once: true })));
  await page.locator('#lazy-5').scrollIntoViewIfNeeded();
  await last;
  await expect(page.locator('#lazy-5 .al-mount h1')).toBeVisible();
  expect(paths.filter((p) => p.endsWith('.wasm'))).toHaveLength(1);
});

test('a lazy widget on screen from the start starts at once; a changed attribute renders it now', async ({ page }) => {
  await page.route('**/examples/lazy-top.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lazy at the top</title><script type="module" src="/article-lens.js"></script></head><body><main><article-lens id="top" loading="lazy" src="/content/asian-nato.json"></article-lens><div style="height:300vh"></div><article-lens id="far" loading="lazy" src="/content/asian-nato.json"></article-lens></main></body></html>',
    }),
  );
  await page.goto('/examples/lazy-top.html');
  await expect(page.locator('#top .al-mount h1')).toBeVisible();
  expect(await page.evaluate(() => document.getElementById('far').shadowRoot)).toBeNull();
  await page.evaluate(() => document.getElementById('far').setAttribute('loading', 'eager'));
  await expect(page.locator('#far .al-mount h1')).toBeAttached();
});
