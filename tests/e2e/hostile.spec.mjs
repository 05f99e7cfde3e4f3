// Hostile content: HTML and script injection payloads in every kind of text field are shown as
// text and never run; a 1 MB paragraph renders and the page stays responsive; an empty document
// is refused with a readable error.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const payloads = JSON.parse(readFileSync(new URL('../fixtures/hostile-payloads.json', import.meta.url), 'utf8'));

/** One document with every payload in a headline, paragraphs, definitions, summaries, quotes, player names, axes and groupings. */
function hostileDocument() {
  const blocks = payloads.map((p, i) => ({ id: `p${i}`, kind: i % 5 === 4 ? 'quote' : 'paragraph', text: `Term${i} says: ${p}`, ...(i % 5 === 4 ? { attribution: p } : {}) }));
  const glossary = payloads.map((p, i) => ({
    id: `t${i}`, term: `Term${i}`, kind: 'concept', definition: `Defined as ${p}`, note: p,
    in_article: { summary: `Summary ${p}`, quote: `Term${i} says: ${p}` },
  }));
  const players = payloads.map((p, i) => ({ id: `pl${i}`, name: `Player ${p}`, label: `P${i}`, kind: 'person', entries: [`t${i}`] }));
  return {
    version: 1,
    id: 'hostile',
    article: { kicker: payloads[0], topics: [payloads[1]], headline: payloads[2], dek: payloads[3], byline: payloads[4], figure: { caption: payloads[5], credit: payloads[6] }, blocks },
    glossary,
    players,
    groupings: [{ id: 'g', name: payloads[7], members: ['pl0', 'pl1'], basis: 'background', note: payloads[8] }],
    axes: [{ id: 'x', question: payloads[9], low: payloads[10], high: payloads[11] }, { id: 'y', question: payloads[12], low: payloads[13], high: payloads[14] }],
    maps: [{ id: 'm', title: payloads[15], x: 'x', y: 'y', players: players.map((p) => p.id) }],
    stances: payloads.map((p, i) => ({ player: `pl${i}`, axis: i % 2 ? 'x' : 'y', value: ((i % 21) - 10) / 10, basis: 'stated', evidence: [`Term${i} says: ${p}`], summary: `Because ${p}` })),
  };
}

/** Everything that would show a payload ran or got parsed as markup. */
async function watchForInjection(page) {
  const seen = { dialogs: [], errors: [] };
  page.on('dialog', async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

async function injectedElements(page) {
  return page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('article-lens')].map((h) => h.shadowRoot)];
    const out = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        const bad = ['script', 'img', 'iframe', 'object', 'embed', 'style', 'meta', 'base', 'form', 'input', 'details', 'template', 'noscript', 'math', 'a'].includes(el.localName)
          && !(el.localName === 'script' && (el.type === 'module' || el.type === 'application/json'))
          && !(el.localName === 'a' && (el.classList.contains('al-link') || el.closest('.al-downloads') || el.closest('.al-skip') || el.classList.contains('al-card-further')))
          && !(el.localName === 'meta' && root === document)
          && !(el.localName === 'details' && (el.classList.contains('al-index') || el.classList.contains('al-map-summary')))
          && !(el.localName === 'input' && (el.closest('.al-switch') || el.classList.contains('al-filter-input')));
        const handlers = [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name);
        if (bad || handlers.length) out.push(`${el.localName} ${handlers.join(' ')}`);
      }
    }
    return out;
  });
}

test(`${payloads.length} injection payloads in every text field are shown as text and never run`, async ({ page }) => {
  expect(payloads.length).toBeGreaterThanOrEqual(30);
  const seen = await watchForInjection(page);
  const doc = hostileDocument();
  await page.route('**/content/asian-nato.json', (route) => route.fulfill({ json: doc }));
  await page.goto('/fixtures/fetched.html');
  const w = page.locator('.al-mount');
  await expect(w.locator('h1')).toHaveText(payloads[2]);
  await expect(w.locator('.al-dek')).toHaveText(payloads[3]);
  // Every payload is in the text, as text.
  const text = await w.locator('.al-body').innerText();
  for (const p of payloads) expect(text).toContain(p.trim().replace(/\s+/g, ' ').slice(0, 12));
  // Open cards, select players, show the table: every field on screen once.
  await page.getByRole('radio', { name: 'All mentions' }).check();
  for (const i of [0, 1, 2, 7, 13, 21, 30]) {
    await w.locator('.al-term', { hasText: new RegExp(`^Term${i}$`) }).first().click();
    await expect(w.getByRole('dialog', { name: `Term${i}` })).toContainText(`Defined as ${payloads[i]}`);
  }
  await w.locator('.al-point').first().click();
  await w.getByLabel('Outline a grouping').selectOption({ index: 1 });
  await w.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(w.locator('.al-table')).toContainText(`Player ${payloads[5]}`);
  await w.locator('.al-index summary').click();
  await page.waitForTimeout(300);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(await injectedElements(page)).toEqual([]);
  // The page still answers.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
});

test('a javascript: further-reading link is refused by the validator, not rendered', async ({ page }) => {
  const doc = JSON.parse(readFileSync(new URL('../fixtures/good-small.json', import.meta.url), 'utf8'));
  doc.glossary[0].further_reading = { url: 'javascript:alert(1)', label: 'Read more' };
  await page.route('**/content/asian-nato.json', (route) => route.fulfill({ json: doc }));
  await page.goto('/fixtures/fetched.html');
  await expect(page.locator('.al-mount').getByRole('alert')).toContainText('glossary[0].further_reading.url (quad, “Quad”): must be an https:// address without spaces');
});

test('a 1 MB paragraph renders and the page stays responsive; an empty document is refused', async ({ page }) => {
  const doc = JSON.parse(readFileSync(new URL('../fixtures/good-small.json', import.meta.url), 'utf8'));
  doc.article.blocks[1].text = 'Tokyo said the grouping is not an alliance. ' + 'The Quad met and talked at length. '.repeat(30_000);
  expect(doc.article.blocks[1].text.length).toBeGreaterThan(1_000_000);
  await page.route('**/content/asian-nato.json', (route) => route.fulfill({ json: doc }));
  await page.goto('/fixtures/fetched.html');
  await expect(page.locator('.al-mount h1')).toHaveText('Ministers meet in Vientiane', { timeout: 20_000 });
  expect(await page.evaluate(() => 1 + 1)).toBe(2);

  await page.route('**/content/asian-nato.json', (route) => route.fulfill({ json: {} }));
  await page.goto('/fixtures/fetched.html');
  await expect(page.locator('.al-mount').getByRole('alert')).toContainText('version: missing: a content document starts with "version": 2');
});
