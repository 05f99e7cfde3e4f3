// The reader-level end-to-end tests in Firefox ESR (Debian's firefox-esr, driven through
// geckodriver by selenium-webdriver): the article renders verbatim, a card opens on focus and
// closes with Escape, a tap-like click pins it, the map selects a player with its evidence, the
// embed pages work, and the editor's preview follows typing and selection. Run with `node --test tests/firefox/` while tests/e2e/server.mjs serves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Builder, Key } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:4174';
const seed = readFileSync(new URL('../fixtures/seed/asian-nato.txt', import.meta.url), 'utf8').split('\n').map((l) => l.trim());
let driver;

before(async () => {
  // No service worker, as in the Playwright suite (playwright.config.mjs blocks them; only the
  // offline test, in Chromium, lets the reader's worker run): in one CI run, Firefox's worker
  // intercepting a navigation failed with a "corrupted content" error page.
  const options = new firefox.Options()
    .addArguments('-headless')
    .setBinary(process.env.FIREFOX || '/usr/bin/firefox-esr')
    .setPreference('dom.serviceWorkers.enabled', false);
  const service = new firefox.ServiceBuilder(process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`);
  driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
  await driver.manage().window().setRect({ width: 1280, height: 900 });
});

after(async () => driver?.quit());

/** Runs `fn(root)` in the page with the first widget's shadow root, until it returns a truthy value. */
async function inWidget(fn, ...args) {
  const script = `const root = document.querySelector('article-lens')?.shadowRoot; if (!root || !root.querySelector('.al-mount:not([hidden]) .al-lens, .al-mount:not([hidden]) [role=alert]')) return null; return (${fn})(root, ...arguments);`;
  let result = null;
  for (let i = 0; i < 100 && !result; i++) {
    result = await driver.executeScript(script, ...args);
    if (!result) await driver.sleep(100);
  }
  return result;
}

test('the article renders verbatim, all 22 passages, no chrome', async () => {
  await driver.get(`${BASE}/`);
  const text = await inWidget((root) => root.querySelector('.al-article').innerText.replace(/[ \t]+/g, ' '));
  const lines = [3, 11, 15, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55];
  for (const n of lines) assert.ok(text.includes(seed[n - 1]), `line ${n} missing`);
  assert.ok(!text.includes('Recent Features'));
});

test('focus opens a card, Escape closes it and keeps focus; a click pins it', async () => {
  await driver.get(`${BASE}/`);
  // The terms are on the page (server-rendered) before the widget is live; the index below the
  // article is built only once it is.
  await inWidget((root) => root.querySelector('.al-term') && root.querySelector('.al-index'));
  const opened = await inWidget(async (root) => {
    const term = root.querySelector('.al-term');
    term.focus();
    await new Promise((r) => setTimeout(r, 100));
    const card = root.querySelector('.al-card.is-placed');
    return card ? { expanded: term.getAttribute('aria-expanded'), title: card.querySelector('.al-card-title').textContent } : null;
  });
  assert.equal(opened.expanded, 'true');
  // Escape, as a real key press to the focused term.
  await driver.actions().sendKeys(Key.ESCAPE).perform();
  const closed = await inWidget((root) => ({ cards: root.querySelectorAll('.al-card').length, focused: root.activeElement?.classList.contains('al-term') }));
  assert.deepEqual(closed, { cards: 0, focused: true });
  const pinned = await inWidget(async (root) => {
    const term = root.querySelectorAll('.al-term')[3];
    term.click();
    await new Promise((r) => setTimeout(r, 400));
    return root.querySelector('.al-card.is-placed') ? term.getAttribute('aria-expanded') : null;
  });
  assert.equal(pinned, 'true');
});

test('the map: selecting a player shows the article’s words and highlights its mentions', async () => {
  await driver.get(`${BASE}/`);
  const result = await inWidget(async (root) => {
    const point = [...root.querySelectorAll('.al-point')].find((p) => p.getAttribute('aria-label').startsWith('China:'));
    if (!point) return null;
    point.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 100));
    return { evidence: root.querySelector('.al-evidence')?.textContent ?? '', highlighted: root.querySelectorAll('.al-mention.is-highlighted').length };
  });
  assert.ok(result.evidence.includes('Beijing has fiercely critiqued the Quad'));
  assert.ok(result.highlighted > 3);
});

test('embed pages: two widgets on a hostile host page, errors next to a working widget', async () => {
  await driver.get(`${BASE}/examples/news.html`);
  const count = await inWidget(() => document.querySelectorAll('article-lens').length === 2 && [...document.querySelectorAll('article-lens')].every((h) => h.shadowRoot.querySelector('.al-mount:not([hidden]) h1')) && 2);
  assert.equal(count, 2);
  await driver.get(`${BASE}/examples/errors.html`);
  const errors = await inWidget(() => {
    const text = (id) => document.getElementById(id).shadowRoot.querySelector('[role=alert]')?.textContent ?? '';
    const working = document.getElementById('working').shadowRoot.querySelector('.al-mount:not([hidden]) h1');
    return working && text('missing') && text('invalid') ? { missing: text('missing'), invalid: text('invalid') } : null;
  });
  assert.match(errors.missing, /404 Not Found/);
  assert.match(errors.invalid, /duplicate id `p1`/);
});

test('the widget in the reader’s language: Japanese from lang=, the right-to-left fixture mirrored', async () => {
  await driver.get(`${BASE}/embed.html?doc=content/asian-nato.json&lang=ja`);
  const ja = await inWidget((root) => root.querySelector('.al-index') && {
    legend: root.querySelector('.al-switch legend').textContent,
    lang: root.querySelector('.al-root').lang,
    article: root.querySelector('article').lang,
    maps: root.querySelector('.al-maps-title').textContent,
  });
  assert.deepEqual(ja, { legend: '用語の表示', lang: 'ja', article: 'en', maps: '各主体の立ち位置' });
  await driver.get(`${BASE}/embed.html?doc=content/asian-nato.json&lang=ar-XB`);
  const rtl = await inWidget((root) => root.querySelector('.al-index') && (() => {
    const legend = root.querySelector('.al-switch legend').getBoundingClientRect();
    const first = root.querySelector('.al-switch-option').getBoundingClientRect();
    return { dir: getComputedStyle(root.querySelector('.al-root')).direction, legendFirst: legend.left > first.left, article: getComputedStyle(root.querySelector('.al-body p')).direction };
  })());
  assert.deepEqual(rtl, { dir: 'rtl', legendFirst: true, article: 'ltr' });
});

/** Runs `fn()` in the page until it returns a truthy value (at most 10 s). */
async function until(fn, ...args) {
  let result = null;
  for (let i = 0; i < 100 && !result; i++) {
    result = await driver.executeScript(`return (${fn})(...arguments);`, ...args);
    if (!result) await driver.sleep(100);
  }
  return result;
}

test('the editor: typing updates the preview, words selected in it become an entry', async () => {
  await driver.get(`${BASE}/editor/`);
  await driver.executeScript('localStorage.clear()');
  await driver.navigate().refresh();
  assert.ok(await until(() => document.querySelector('.ed-preview-body h1') && document.querySelector('.ed-count')?.textContent.startsWith('No problems')));
  // Keys typed at the end of the headline's value show in the preview.
  await driver.executeScript(`const field = document.getElementById('ed-json');
    const end = field.value.indexOf('"', field.value.indexOf('"headline": "') + 13);
    field.focus(); field.setSelectionRange(end, end);`);
  await driver.switchTo().activeElement().sendKeys(' today');
  assert.ok(await until(() => document.querySelector('.ed-preview-body h1').textContent.endsWith(' today')));
  // Words selected in the preview fill the words field; the entry is made from them.
  await driver.executeScript(`const words = 'strategic impact';
    const walker = document.createTreeWalker(document.querySelector('.ed-preview-body article'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(words);
      if (at >= 0) { const range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + words.length); getSelection().removeAllRanges(); getSelection().addRange(range); break; }
    }`);
  assert.ok(await until(() => document.getElementById('ed-words').value === 'strategic impact'));
  await driver.executeScript(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Add glossary entry').click()`);
  const status = await until(() => document.querySelector('.ed-status').textContent.includes('`strategic-impact`') && document.querySelector('.ed-status').textContent);
  assert.match(status, /Added the glossary entry `strategic-impact`/);
  await driver.executeScript('localStorage.clear()');
});
