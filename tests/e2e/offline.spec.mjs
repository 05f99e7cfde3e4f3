// With no network: the standalone reader and the editor after one visit (their service
// workers), and the single self-contained files opened from file://.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Resolves once a service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

test('after one visit the reader reloads and works with the network off', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.al-mount h1')).toBeVisible();
  await controlled(page);
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

test('the reader registers its service worker only once the widget is ready, so a first visit loads as fast', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  // Each moment, in the page's own clock: the widget's ready event, and each registration asked for.
  await page.addInitScript(() => {
    window.__moments = [];
    document.addEventListener('lens-ready', () => window.__moments.push('ready'), true);
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      window.__moments.push('register');
      return register(...args);
    };
  });
  await page.goto('/');
  await controlled(page);
  expect(await page.evaluate(() => window.__moments)).toEqual(['ready', 'register']);
  await context.close();
});

const single = resolve('dist-single/article-lens.html');

/** Opens the built single file `path` from file://, recording every request and page error. */
async function openFromDisk(page, path) {
  test.skip(!existsSync(path), 'run `node scripts/single-file.mjs` first (scripts/test.sh does)');
  const opened = { url: pathToFileURL(path).href, requests: [], errors: [] };
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('pageerror', (e) => opened.errors.push(e.message));
  await page.goto(opened.url);
  return opened;
}

test('the single file opens from file:// with every feature and no request', async ({ page }) => {
  const { url, requests, errors } = await openFromDisk(page, single);
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

/** Types `words` at the end of the headline in the editor's JSON, and waits for the preview to show them. */
async function editHeadline(page, words) {
  await page.locator('#ed-json').evaluate((field) => {
    const start = field.value.indexOf('"headline": "') + '"headline": "'.length;
    const end = field.value.indexOf('"', start);
    field.focus();
    field.setSelectionRange(end, end);
  });
  await page.keyboard.type(words);
  await expect(page.locator('.ed-preview-body h1')).toHaveText(new RegExp(`${words}$`));
}

test('after one visit the editor reloads and works with the network off, keeping the work', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/editor/');
  await expect(page.locator('.ed-preview-body h1')).toBeVisible();
  await controlled(page);
  // Its worker is the editor's: scoped to editor/, with a cache apart from the reader's.
  expect(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).toMatch(/\/editor\/sw\.js$/);
  expect((await page.evaluate(() => caches.keys())).filter((k) => k.startsWith('article-lens-editor-'))).toHaveLength(1);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.ed-preview-body h1')).toHaveText('Ishiba’s Push for an ‘Asian NATO’ Is a Non-starter');
  // The first article's library came from the cache: no problems, and its terms are marked.
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);
  await expect(page.locator('.ed-preview-body .al-term').first()).toBeVisible();
  await editHeadline(page, ' offline');
  await page.reload();
  await expect(page.locator('.ed-preview-body h1')).toHaveText(/ offline$/);
  await context.close();
});

const singleEditor = resolve('dist-single/article-lens-editor.html');

test('the editor’s single file opens from file://, edits, keeps its work and makes no request', async ({ page }) => {
  const { url, requests, errors } = await openFromDisk(page, singleEditor);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('.ed-preview-body h1')).toHaveText('Ishiba’s Push for an ‘Asian NATO’ Is a Non-starter');
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);
  await page.locator('.ed-preview-body .al-term').first().click();
  await expect(page.locator('.ed-preview-body .al-card')).toBeVisible();
  await editHeadline(page, ' edited');
  await page.reload();
  await expect(page.locator('.ed-preview-body h1')).toHaveText(/ edited$/);
  expect([...new Set(requests)]).toEqual([url]);
  expect(errors).toEqual([]);
});
