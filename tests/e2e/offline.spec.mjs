// Reading with no network: the standalone reader after one visit (service worker), and the
// single self-contained file opened from file://.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

test('after one visit the reader reloads and works with the network off', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.al-mount h1')).toBeVisible();
  // Wait until the service worker has installed and taken control.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.href);
  expect(manifest).toContain('manifest.webmanifest');

  await context.setOffline(true);
  // The rendered article shows at once; its terms work once the widget is live (`lens-ready`).
  await page.addInitScript(() => document.addEventListener('lens-ready', () => (window.__lensLive = true), true));
  await page.reload();
  await expect(page.locator('.al-mount h1')).toBeVisible();
  await page.waitForFunction(() => window.__lensLive === true);
  await page.locator('.al-mount .al-term').first().focus();
  await expect(page.locator('.al-mount .al-card.is-placed')).toBeVisible();
  await page.locator('.al-mount .al-point').first().click();
  await expect(page.locator('.al-mount .al-evidence')).toBeVisible();
  // A widget reading the document by address gets it and its glossary library from the cache.
  const offline = await page.evaluate(async () => {
    const { mountLens } = await import('./article-lens.js');
    const el = document.body.appendChild(document.createElement('div'));
    const done = new Promise((resolve) => {
      el.addEventListener('lens-ready', () => resolve('ready'), { once: true });
      el.addEventListener('lens-error', (e) => resolve(e.detail.problems.join('\n') || e.detail.message), { once: true });
    });
    mountLens(el, { src: 'content/asian-nato.json' });
    return done;
  });
  expect(offline).toBe('ready');
  // The cache is named for this build; no other Article Lens cache is kept.
  const caches = await page.evaluate(() => caches.keys());
  expect(caches.filter((k) => k.startsWith('article-lens-'))).toHaveLength(1);
  await context.close();
});

const single = resolve('dist-single/article-lens.html');

test('the single file opens from file:// with every feature and no request', async ({ page }) => {
  test.skip(!existsSync(single), 'run `node scripts/single-file.mjs` first (scripts/test.sh does)');
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  const url = pathToFileURL(single).href;
  await page.goto(url);
  await expect(page.locator('.al-mount h1')).toHaveText('Ishiba’s Push for an ‘Asian NATO’ Is a Non-starter');
  await page.locator('.al-mount .al-term').first().focus();
  await expect(page.locator('.al-mount .al-card.is-placed')).toBeVisible();
  await page.locator('.al-mount .al-point').first().click();
  await expect(page.locator('.al-mount .al-evidence')).toBeVisible();
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.locator('.al-mount .al-table tbody tr').first()).toBeVisible();
  expect(requests).toEqual([url]);
  expect(errors).toEqual([]);
});
