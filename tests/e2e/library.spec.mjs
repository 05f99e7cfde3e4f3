// A shared glossary library as a reader's browser meets it: fetched beside the document once for
// every widget on the page, its entries the article mentions shown as cards, and a library that
// cannot be had named in a readable error.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hostPage } from './host.mjs';

const library = JSON.parse(readFileSync(new URL('../../glossaries/indo-pacific.json', import.meta.url), 'utf8'));
const notes = JSON.parse(readFileSync(new URL('../../content/asian-nato.json', import.meta.url), 'utf8')).in_article;

test('two widgets reading the same document fetch its library once, and both show its cards', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await hostPage(page, 'two', '<article-lens id="a" src="/content/asian-nato.json"></article-lens><article-lens id="b" src="/content/asian-nato.json" marks="all"></article-lens>');
  for (const id of ['a', 'b']) {
    const w = page.locator(`#${id} .al-mount`);
    await expect(w.locator('h1')).toBeVisible();
    // The Quad's card: the library's definition and date, the article's note on it.
    const quad = library.entries.find((e) => e.id === 'quad');
    await w.locator('.al-term', { hasText: /^Quad$/ }).first().click();
    const card = w.locator('.al-card');
    await expect(card).toContainText(quad.definition);
    await expect(card).toContainText('Background, as of 15 October 2024');
    await expect(card).toContainText(notes.quad.summary);
    await page.keyboard.press('Escape');
  }
  expect(requests.filter((p) => p === '/glossaries/indo-pacific.json')).toHaveLength(1);
  expect(requests.filter((p) => p === '/content/asian-nato.json')).toHaveLength(2);
});

test('a library the server does not have, or one with a problem, is named in the widget’s error', async ({ page }) => {
  await page.route('**/glossaries/indo-pacific.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await hostPage(page, 'missing', '<article-lens src="/content/asian-nato.json"></article-lens>');
  const alert = page.locator('article-lens .al-mount').getByRole('alert');
  await expect(alert).toContainText('is not a valid content document (1 problem):');
  await expect(alert.locator('li')).toHaveText(['libraries[0]: the glossary library “../glossaries/indo-pacific.json” could not be loaded: the server answered 404 Not Found']);

  const broken = structuredClone(library);
  broken.entries[2].definition = ' ';
  await page.unroute('**/glossaries/indo-pacific.json');
  await page.route('**/glossaries/indo-pacific.json', (route) => route.fulfill({ json: broken }));
  await hostPage(page, 'broken', '<article-lens src="/content/asian-nato.json"></article-lens>');
  await expect(page.locator('article-lens .al-mount').getByRole('alert').locator('li')).toHaveText([
    `../glossaries/indo-pacific.json entries[2].definition (${broken.entries[2].id}, “${broken.entries[2].term}”): must not be empty`,
  ]);
});

test('a rendered article whose inline document names its library is hydrated with it', async ({ page }) => {
  // The standalone page's rendered article, with the document inline as written (naming its
  // library) instead of resolved: the widget fetches the library and takes the article over.
  const html = await (await page.request.get('/')).text();
  const source = readFileSync(new URL('../../content/asian-nato.json', import.meta.url), 'utf8');
  const swapped = html.replace(/<script type="application\/json">[\s\S]*?<\/script>/, () => `<script type="application/json">${source.replaceAll('<', '\\u003c')}</script>`);
  expect(swapped).not.toBe(html);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.route('**/inline-library.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: swapped }));
  await page.addInitScript(() => document.addEventListener('lens-ready', () => (window.__live = true), true));
  await page.goto('/inline-library.html');
  await page.waitForFunction(() => window.__live === true);
  await page.locator('.al-mount .al-term', { hasText: /^Quad$/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'Quad' })).toContainText(library.entries.find((e) => e.id === 'quad').definition);
  expect(requests.filter((p) => p.endsWith('/glossaries/indo-pacific.json'))).toHaveLength(1);
});
