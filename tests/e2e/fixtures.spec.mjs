// The catalogue of bad documents, as the reader sees them: each widget names its document and
// says exactly what is wrong (tests/fixtures/bad/expected.json), and none breaks the page.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const expected = JSON.parse(readFileSync(new URL('../fixtures/bad/expected.json', import.meta.url), 'utf8'));

test('every bad document shows its exact message, side by side with a good one', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const names = Object.keys(expected);
  const widgets = names.map((n) => `<article-lens id="${n}" src="/fixtures/bad/${n}.json"></article-lens>`).join('\n');
  await page.route('**/catalogue.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><script type="module" src="/article-lens.js"></script></head>
        <body>${widgets}<article-lens id="good" src="/fixtures/good-small.json"></article-lens></body></html>`,
    }),
  );
  await page.goto('/examples/catalogue.html');
  for (const name of names) {
    const alert = page.locator(`article-lens#${name} .al-mount`).getByRole('alert');
    await expect(alert.locator('p').nth(1), name).toHaveText(expected[name].reader.summary);
    await expect(alert.locator('li'), name).toHaveText(expected[name].reader.problems);
  }
  await expect(page.locator('article-lens#good .al-mount h1')).toHaveText('Ministers meet in Vientiane');
  expect(errors).toEqual([]);
});
