// Format version 2 as a reader meets it: headings, lists, authors, dates, the original's
// address and an editor's note rendered as what they are (h2/h3, ol/ul, a byline, <time>, a
// link), terms in headings and list items opening their cards, the same when the article is server-rendered and hydrated, and
// nothing for axe to find.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const fixture = new URL('../fixtures/v2-article.json', import.meta.url);

/** A page with one widget reading the version 2 fixture from `src`. */
async function mounted(page, scheme = 'light') {
  await page.emulateMedia({ colorScheme: scheme });
  await page.route('**/v2.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Version 2</title><script type="module" src="/article-lens.js"></script></head><body><main><article-lens src="/fixtures/v2-article.json"></article-lens></main></body></html>',
    }),
  );
  await page.goto('/examples/v2.html');
  await expect(page.locator('article-lens .al-mount h1')).toHaveText('Harbour Talks Test an Old Coast Guard Pact');
  return page.locator('article-lens .al-mount');
}

/** What the reader finds in the header and body: the same whichever way the widget was built. */
async function expectSemantics(w) {
  await expect(w.locator('.al-body h2')).toHaveText('What the Coast Guard Pact says');
  await expect(w.locator('.al-body h3')).toHaveText('Radar data and its limits');
  await expect(w.locator('.al-byline')).toHaveText('By Mara Oyelaran (Correspondent) and Ilse Varga');
  await expect(w.locator('time[datetime="2025-03-14"]')).toHaveText('14 March 2025');
  await expect(w.locator('time[datetime="2025-03-16"]')).toHaveText('16 March 2025');
  await expect(w.locator('.al-dates')).toHaveText('Published 14 March 2025 · Updated 16 March 2025');
  await expect(w.getByRole('link', { name: 'The original, at example.org' })).toHaveAttribute('href', 'https://example.org/maritime/harbour-talks');
  await expect(w.locator('.al-series')).toHaveText('Series: Straits and Ports');
  await expect(w.locator('.al-note')).toHaveText('Editor’s note: Based on a public lecture given at the Harbour Institute.');
  await expect(w.locator('.al-body ol > li')).toHaveText(['Zone north: patrolled from the upper port.', 'Zone south: patrolled from the lower port, which also keeps the radar data archive.']);
  await expect(w.locator('.al-body ul > li')).toHaveText(['A review of both zones before winter.', 'Shared radar data every hour, not every day.']);
  // The publisher's links, over their words; a term inside one is plain linked text.
  await expect(w.locator('.al-body a[href="https://example.org/maritime/pact-text"]')).toHaveText('the Coast Guard Pact');
  await expect(w.locator('.al-body a[href="https://example.org/maritime/pact-text"] .al-term')).toHaveCount(0);
  await expect(w.locator('.al-body ul a')).toHaveAttribute('href', 'https://example.org/maritime/radar');
}

test('a version 2 article renders its headings, authors, dates, source and note semantically', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const w = await mounted(page);
  await expectSemantics(w);
  // A term in a heading opens its card, by keyboard as by mouse.
  const term = w.locator('.al-body h2 .al-term');
  await expect(term).toHaveText('Coast Guard Pact');
  await term.focus();
  const card = page.getByRole('dialog');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Neither side proposed leaving the Coast Guard Pact');
  // Its definition says the day it was true of.
  await expect(card.locator('.al-card-label').first()).toHaveText('Background, as of 1 March 2025');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await w.locator('.al-body h3 .al-term').click();
  await expect(page.getByRole('dialog')).toContainText('obliges each side to share radar data');
  await page.keyboard.press('Escape');
  // In a list item too (marked as the first mention in its list).
  await w.locator('.al-body ol .al-term').click();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(page.getByRole('dialog')).toContainText('radar data');
  await page.keyboard.press('Escape');
  // "Harbour Talks" is only in the headline, which is not marked: the index has it, with its
  // definition.
  await expect(w.locator('h1 .al-term')).toHaveCount(0);
  await w.locator('.al-index summary').first().click();
  const talks = w.locator('.al-index-entry', { hasText: 'Harbour Talks' });
  await expect(talks.locator('.al-index-mentions')).toHaveText(' · in the headline only');
  await talks.getByText('Definition').click();
  await expect(talks.locator('.al-index-definition p')).toHaveText('The invented meetings between the two ports’ officials that this test article reports.'.replace('’', "'"));
  expect(errors).toEqual([]);
});

test('a server-rendered version 2 article is hydrated in place, the same as mounted', async ({ page }) => {
  const seen = [];
  page.on('pageerror', (e) => seen.push(e.message));
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && seen.push(m.text()));
  const dir = mkdtempSync(join(tmpdir(), 'lens-v2-'));
  writeFileSync(join(dir, 'page.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rendered v2</title><script type="module" src="/article-lens.js"></script></head><body><main><article-lens src="/fixtures/v2-article.json"><!-- lens:static --></article-lens></main></body></html>');
  execFileSync('cargo', ['run', '--quiet', '--bin', 'lens', '--', 'render', fixture.pathname, '--into', join(dir, 'page.html'), '--css', '/article-lens.css']);
  await page.route('**/fixtures/rendered-v2.html', (route) => route.fulfill({ body: readFileSync(join(dir, 'page.html'), 'utf8'), contentType: 'text/html' }));
  await page.addInitScript(() => document.addEventListener('lens-ready', () => (window.ready = true), true));
  await page.goto('/fixtures/rendered-v2.html');
  const h2 = await page.evaluateHandle(() => document.querySelector('article-lens').shadowRoot.querySelector('.al-body h2'));
  await page.waitForFunction(() => window.ready);
  const w = page.locator('article-lens .al-mount');
  await expectSemantics(w);
  // The heading the server rendered is the one the widget now runs.
  expect(await page.evaluate((el) => el === document.querySelector('article-lens').shadowRoot.querySelector('.al-body h2'), h2)).toBe(true);
  await w.locator('.al-body h2 .al-term').click();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  expect(seen.filter((m) => !m.includes('Service Worker'))).toEqual([]);
});

for (const [width, scheme] of [[320, 'dark'], [1280, 'light']]) {
  test(`axe: a version 2 article at ${width}px, ${scheme}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const w = await mounted(page, scheme);
    await w.locator('.al-body h2 .al-term').focus();
    await expect(page.getByRole('dialog')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
}
