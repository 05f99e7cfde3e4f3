// The standalone reader renders the seed article verbatim, and says clearly when it cannot.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { line, passages, chrome } from './passages.mjs';

/** Collects uncaught page errors and console errors while a test runs. */
function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return errors;
}

/** The rendered text with white space collapsed as a reader sees it. */
async function readerText(page) {
  return (await page.locator('.al-mount .al-article').innerText()).replace(/[ \t]+/g, ' ');
}

test('renders all 22 passages of the seed verbatim, and no page chrome', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.locator('.al-mount h1')).toHaveText(line(3));
  const text = await readerText(page);
  expect(passages).toHaveLength(22);
  for (const passage of passages) expect(text).toContain(passage);
  expect(text).toContain(line(17)); // "Credit: Prime Minister’s Office of Japan"
  for (const c of chrome) expect(text).not.toContain(c);
  expect(errors).toEqual([]);
});

test('uses semantic HTML: article, header, h1, figure, blockquote with its source', async ({ page }) => {
  await page.goto('/');
  const article = page.locator('.al-mount article.al-article');
  await expect(article).toHaveCount(1);
  await expect(article.locator('header h1')).toHaveCount(1);
  await expect(article.locator('figure figcaption')).toContainText('Credit: Prime Minister’s Office of Japan');
  const quote = article.locator('blockquote');
  await expect(quote).toHaveCount(1);
  await expect(quote.locator('p')).toHaveText(line(33));
  await expect(quote.locator('cite')).toHaveText('Ishiba Shigeru, Hudson Institute');
  await expect(article.locator('.al-body > p')).toHaveCount(18);
  await expect(article).toHaveAttribute('lang', 'en');
});

test('a 404 document shows a readable error naming the document', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/content/asian-nato.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/fixtures/fetched.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This article could not be shown');
  await expect(alert).toContainText(
    'The document “content/asian-nato.json” could not be loaded: the server answered 404 Not Found.',
  );
  await expect(page.locator('.al-mount article')).toHaveCount(0);
  // The failure is shown, not thrown: nothing uncaught reaches the host page.
  expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
});

test('a document that cannot be fetched at all says so, naming the address', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/content/asian-nato.json', (route) => route.abort('connectionrefused'));
  await page.goto('/fixtures/fetched.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The document “content/asian-nato.json” could not be fetched (');
  await expect(alert).toContainText('Check the connection or the address.');
  await expect(page.locator('.al-mount article')).toHaveCount(0);
  expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
});

test('a document that is not JSON names the document and the syntax error', async ({ page }) => {
  const body = readFileSync(new URL('../fixtures/not-json.json', import.meta.url), 'utf8');
  await page.route('**/content/asian-nato.json', (route) => route.fulfill({ status: 200, body, contentType: 'application/json' }));
  await page.goto('/fixtures/fetched.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The document “content/asian-nato.json” is not valid JSON:');
  // The browser's JSON.parse words the error (Chromium here); the widget gives the place as
  // line and column, as `lens check` does.
  await expect(alert).toContainText("not valid JSON: Expected ',' or '}' after property value in JSON at line 4, column 3");
});

test('broken JSON from typographic or unescaped quotes says so in words', async ({ page }) => {
  const small = readFileSync(new URL('../fixtures/good-small.json', import.meta.url), 'utf8');
  const cases = [
    // A name between typographic quotes, as a word processor writes them.
    [small.replace('"version"', '“version”'), 'A typographic quote (“ or ”) stands where JSON needs a straight one'],
    // A straight quote inside a text.
    [small.replace('Ministers meet in Vientiane', 'Ministers say "no" in Vientiane'), 'A straight quote (") inside a text ends the text early'],
  ];
  for (const [body, words] of cases) {
    await page.route('**/content/asian-nato.json', (route) => route.fulfill({ status: 200, body, contentType: 'application/json' }));
    await page.goto('/fixtures/fetched.html');
    await expect(page.getByRole('alert')).toContainText(words);
    await page.unroute('**/content/asian-nato.json');
  }
});

test('an invalid document lists every problem with its path', async ({ page }) => {
  const errors = watchErrors(page);
  const body = readFileSync(new URL('../fixtures/invalid-document.json', import.meta.url), 'utf8');
  await page.route('**/content/asian-nato.json', (route) => route.fulfill({ status: 200, body, contentType: 'application/json' }));
  await page.goto('/fixtures/fetched.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('is not a valid content document (2 problems):');
  await expect(alert.locator('li')).toHaveText([
    'article.headline: must not be empty',
    'article.blocks[1].id: duplicate id `p1`, already used by article.blocks[0]',
  ]);
  expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
});

test('a wrong type in the browser reports the same path as the native tool', async ({ page }) => {
  const doc = JSON.parse(readFileSync(new URL('../../content/asian-nato.json', import.meta.url), 'utf8'));
  doc.article.blocks[3].text = 3;
  await page.route('**/content/asian-nato.json', (route) => route.fulfill({ status: 200, json: doc }));
  await page.goto('/fixtures/fetched.html');
  await expect(page.getByRole('alert').locator('li')).toHaveText(['article.blocks[3].text: expected a string, found number 3']);
});

test('a network failure is reported in the widget', async ({ page }) => {
  await page.route('**/content/asian-nato.json', (route) => route.abort('connectionrefused'));
  await page.goto('/fixtures/fetched.html');
  await expect(page.getByRole('alert')).toContainText('The document “content/asian-nato.json” could not be fetched');
});
