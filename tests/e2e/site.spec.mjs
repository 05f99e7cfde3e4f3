// `lens build`: a static site of every document, each article's page rendered by the widget's
// components and hydrated by the embed script, an index linking them, oEmbed per article.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';

test.beforeAll(() => {
  execFileSync('cargo', ['run', '--quiet', '--bin', 'lens', '--', 'build', 'content', '--out', 'target/e2e-site', '--assets', 'dist', '--title', 'Explainers']);
});

test('the index links each article; its page is rendered, then live; its oEmbed names the iframe', async ({ page }) => {
  await page.goto('/site/index.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explainers');
  await page.addInitScript(() => document.addEventListener('lens-ready', () => (window.__lensLive = true), true));
  await page.getByRole('link', { name: 'Ishiba’s Push for an ‘Asian NATO’ Is a Non-starter' }).click();
  await expect(page).toHaveURL(/\/site\/asian-nato\.html$/);
  await expect(page.locator('article-lens h1')).toHaveText('Ishiba’s Push for an ‘Asian NATO’ Is a Non-starter');
  await page.waitForFunction(() => window.__lensLive === true);
  await page.locator('article-lens .al-term', { hasText: /^Quad$/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'Quad' })).toBeVisible();
  const oembed = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
  const json = await (await page.request.get(`/site/${oembed}`)).json();
  expect(json).toMatchObject({ version: '1.0', type: 'rich', title: 'Ishiba’s Push for an ‘Asian NATO’ Is a Non-starter' });
  expect(json.html).toMatch(/^<iframe src="embed\.html\?doc=content\/asian-nato\.json&amp;id=asian-nato"/);
});
