// The page `lens render` builds shows the article before (and without) JavaScript, and the
// widget takes that markup over in place (hydration) instead of building a second copy.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchConsole } from './host.mjs';
import { line, passages, chrome } from './passages.mjs';

/** Resolves `lens-ready` and `lens-error` on every widget, from the page's first script on. */
async function recordEvents(page) {
  await page.addInitScript(() => {
    window.lensEvents = [];
    for (const name of ['lens-ready', 'lens-error']) document.addEventListener(name, (e) => window.lensEvents.push(name), true);
  });
}

/** The news example as a newsroom publishes it: its first widget filled in by `lens render`. */
function renderedNewsExample() {
  const dir = mkdtempSync(join(tmpdir(), 'lens-news-'));
  const page = join(dir, 'news.html');
  writeFileSync(page, readFileSync(new URL('../../examples/news.html', import.meta.url), 'utf8'));
  execFileSync('cargo', ['run', '--quiet', '--bin', 'lens', '--', 'render', 'content/asian-nato.json', '--into', page, '--css', '/article-lens.css']);
  return readFileSync(page, 'utf8');
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the news example, rendered by lens render, shows all 22 passages of the seed and no page chrome', async ({ page }) => {
    const html = renderedNewsExample();
    await page.route('**/examples/news-rendered.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto('/examples/news-rendered.html');
    const article = page.locator('article-lens#first .al-article');
    await expect(article.locator('h1')).toHaveText(line(3));
    const text = (await article.innerText()).replace(/[ \t]+/g, ' ');
    for (const passage of passages) expect(text).toContain(passage);
    for (const c of chrome) expect(text).not.toContain(c);
    // The host's own text around it is untouched.
    await expect(page.locator('#host-before')).toBeVisible();
  });

  test('the standalone page shows all 22 passages of the seed and no page chrome', async ({ page }) => {
    await page.goto('/');
    const article = page.locator('article-lens .al-article');
    await expect(article.locator('h1')).toHaveText(line(3));
    const text = (await article.innerText()).replace(/[ \t]+/g, ' ');
    expect(passages).toHaveLength(22);
    for (const passage of passages) expect(text).toContain(passage);
    for (const c of chrome) expect(text).not.toContain(c);
    // Styled from the first paint by its own stylesheet, inside its shadow root.
    expect(await article.evaluate((el) => getComputedStyle(el.closest('.al-root')).getPropertyValue('--al-u').trim())).toBe('16px');
  });

  test('without JavaScript nothing looks or reads as a control that does nothing', async ({ page }) => {
    await page.goto('/');
    const w = page.locator('article-lens .al-mount');
    await expect(w.locator('.al-term').first()).toBeAttached();
    // The terms are plain text (no button role, no tab stop, not underlined) and the switch is
    // disabled.
    await expect(w.getByRole('button')).toHaveCount(0);
    await expect(w.locator('.al-term[tabindex]')).toHaveCount(0);
    expect(await w.locator('.al-term').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
    await expect(w.getByRole('radio')).toHaveCount(3);
    for (const radio of await w.getByRole('radio').all()) await expect(radio).toBeDisabled();
  });
});

test('hydration takes over the rendered article: the same nodes, no warning, and the terms work', async ({ page }) => {
  const seen = watchConsole(page);
  await recordEvents(page);
  // Hold the server-rendered nodes before the widget's script runs.
  await page.route('**/article-lens.js', async (route) => {
    const response = await route.fetch();
    const body = `window.__held = (() => { const r = document.querySelector('article-lens').shadowRoot; return { h1: r.querySelector('.al-headline'), term: r.querySelector('.al-body p .al-term') }; })();\n${await response.text()}`;
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  await page.waitForFunction(() => window.lensEvents.includes('lens-ready'));
  const same = await page.evaluate(() => {
    const r = document.querySelector('article-lens').shadowRoot;
    return [Boolean(window.__held.h1), r.querySelector('.al-headline') === window.__held.h1, r.querySelector('.al-body p .al-term') === window.__held.term];
  });
  expect(same).toEqual([true, true, true]);
  // Live, the same term is a button that says what it opens, and the switch is enabled.
  const term = await page.evaluate(() => ['role', 'tabindex', 'aria-describedby', 'aria-expanded'].map((a) => window.__held.term.getAttribute(a)));
  expect(term).toEqual(['button', '0', 'al0-term-hint', 'false']);
  await expect(page.getByRole('radio', { name: 'All mentions' })).toBeEnabled();
  // The held term opens its card.
  await page.evaluate(() => window.__held.term.click());
  const card = page.getByRole('dialog');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('In this article');
  expect(await page.evaluate(() => window.__held.term.getAttribute('aria-expanded'))).toBe('true');
  // The parts below the article are built after it.
  await expect(page.locator('.al-maps .al-point').first()).toBeVisible();
  expect(seen).toEqual([]);
});

test('the rendered article is painted before the widget’s code is fetched and run', async ({ page }) => {
  await recordEvents(page);
  await page.goto('/');
  await page.waitForFunction(() => window.lensEvents.includes('lens-ready'));
  const [paint, css, wasm, start] = await page.evaluate(() => {
    const resource = (end) => performance.getEntriesByType('resource').find((r) => r.name.endsWith(end));
    return [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      resource('/article-lens.css')?.responseEnd,
      resource('.wasm')?.startTime,
      performance.getEntriesByName('article-lens:start')[0]?.startTime,
    ];
  });
  // The article (server-rendered) is on screen first: the wasm is asked for once its
  // stylesheet is in and the first contentful paint has been reported, so it shares the network
  // with nothing the first paint needs; hydration runs after it.
  expect(paint).toBeGreaterThan(0);
  expect(wasm).toBeGreaterThan(css);
  expect(wasm).toBeGreaterThan(paint);
  expect(start).toBeGreaterThan(wasm);
});

test('the rendered news example is hydrated in place beside a widget that mounts from src', async ({ page }) => {
  const seen = watchConsole(page);
  const html = renderedNewsExample();
  await page.route('**/examples/news-rendered.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.addInitScript(() => {
    window.ready = [];
    document.addEventListener('lens-ready', (e) => window.ready.push(e.target.id), true);
  });
  await page.goto('/examples/news-rendered.html');
  const h1 = await page.evaluateHandle(() => document.querySelector('#first').shadowRoot.querySelector('.al-headline'));
  await page.waitForFunction(() => window.ready.length === 2);
  expect(await page.evaluate((el) => el === document.querySelector('#first').shadowRoot.querySelector('.al-headline'), h1)).toBe(true);
  // The second widget (dark, no marks, the table) is as its attributes say.
  await expect(page.locator('#second .al-mount .al-term')).toHaveCount(0);
  await expect(page.locator('#second .al-mount table').first()).toBeVisible();
  await page.locator('#first .al-mount .al-term').first().click();
  await expect(page.locator('#first').getByRole('dialog')).toHaveCount(1);
  expect(seen).toEqual([]);
});

/** The widget's DOM as markup, attributes in name order, without Leptos's markers (comments
 *  and the space of an empty text) and with its id prefix made neutral: the same DOM whichever
 *  way it was built. */
async function widgetMarkup(page) {
  return page.evaluate(() => {
    const serialize = (node) => {
      // Leptos's server renders an empty dynamic text (the live region's, before anything is
      // announced) as one space, so the browser has a text node to hydrate: the same as none.
      if (node.nodeType === Node.TEXT_NODE && node.data === ' ' && [...node.parentNode.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).length === 1) return '';
      if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const attrs = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
      const inner = [...node.childNodes].map(serialize).join('');
      return `<${node.localName}${attrs ? ' ' : ''}${attrs}>${inner}</${node.localName}>`;
    };
    const mount = document.querySelector('article-lens').shadowRoot.querySelector('.al-mount').cloneNode(true);
    mount.normalize();
    return serialize(mount).replace(/\bal\d+-/g, 'alN-');
  });
}

test('mounting without rendered markup gives the same DOM as hydrating it', async ({ page }) => {
  await recordEvents(page);
  await page.goto('/');
  await page.waitForFunction(() => window.lensEvents.includes('lens-ready'));
  await expect(page.locator('.al-maps .al-point').first()).toBeVisible();
  await expect(page.locator('.al-endnotes')).toHaveCount(1);
  const hydrated = await widgetMarkup(page);

  const json = readFileSync(new URL('../../content/asian-nato.json', import.meta.url), 'utf8');
  await page.route('**/fixtures/content/asian-nato.json', (route) => route.fulfill({ body: json, contentType: 'application/json' }));
  // Its glossary library beside it, which the widget resolves as `lens render` did.
  const library = readFileSync(new URL('../../glossaries/indo-pacific.json', import.meta.url), 'utf8');
  await page.route('**/fixtures/glossaries/indo-pacific.json', (route) => route.fulfill({ body: library, contentType: 'application/json' }));
  await page.goto('/fixtures/fetched.html');
  await page.waitForFunction(() => window.lensEvents.includes('lens-ready'));
  await expect(page.locator('.al-maps .al-point').first()).toBeVisible();
  await expect(page.locator('.al-endnotes')).toHaveCount(1);
  const mounted = await widgetMarkup(page);
  expect(hydrated.length).toBeGreaterThan(50_000);
  // Where they first differ, with some context: a failure names the place, not 50 KB of markup.
  let at = 0;
  while (at < mounted.length && mounted[at] === hydrated[at]) at += 1;
  const around = (s) => s.slice(Math.max(0, at - 300), at + 200);
  expect(around(mounted)).toBe(around(hydrated));
  expect(mounted).toBe(hydrated);
});

test('a reader’s stored marking mode and a host’s theme apply once the rendered article is live', async ({ page }) => {
  const seen = watchConsole(page);
  await recordEvents(page);
  await page.addInitScript(() => localStorage.setItem('article-lens:marks', 'none'));
  await page.goto('/');
  await page.waitForFunction(() => window.lensEvents.includes('lens-ready'));
  await expect(page.locator('.al-body .al-term')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'None' })).toBeChecked();
  expect(seen).toEqual([]);
});

test('injection payloads rendered by lens render are text in the page and stay text once hydrated', async ({ page }) => {
  const payloads = JSON.parse(readFileSync(new URL('../fixtures/hostile-payloads.json', import.meta.url), 'utf8'));
  const doc = JSON.parse(readFileSync(new URL('../fixtures/good-small.json', import.meta.url), 'utf8'));
  doc.article.headline = payloads[2];
  doc.article.dek = payloads[3];
  doc.article.blocks[1].text += ` ${payloads.join(' ')}`;
  const dir = mkdtempSync(join(tmpdir(), 'lens-render-'));
  writeFileSync(join(dir, 'doc.json'), JSON.stringify(doc));
  const page_ = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rendered</title><script type="module" src="/article-lens.js"></script></head><body><article-lens src="doc.json"><!-- lens:static --></article-lens></body></html>';
  writeFileSync(join(dir, 'page.html'), page_);
  execFileSync('cargo', ['run', '--quiet', '--bin', 'lens', '--', 'render', join(dir, 'doc.json'), '--into', join(dir, 'page.html'), '--css', '/article-lens.css']);
  const html = readFileSync(join(dir, 'page.html'), 'utf8');
  await page.route('**/fixtures/rendered.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await recordEvents(page);
  await page.goto('/fixtures/rendered.html');
  await page.waitForFunction(() => window.lensEvents.includes('lens-ready'));
  const w = page.locator('article-lens');
  await expect(w.locator('h1')).toHaveText(payloads[2]);
  await expect(w.locator('.al-dek')).toHaveText(payloads[3]);
  const text = await w.locator('.al-body').innerText();
  for (const p of payloads) expect(text).toContain(p.trim().replace(/\s+/g, ' ').slice(0, 12));
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  // Nothing but the widget's own elements: no script, image, frame or handler from the text.
  const injected = await page.evaluate(() => {
    const root = document.querySelector('article-lens').shadowRoot;
    return [...root.querySelectorAll('script, img, iframe, object, embed, style, [onerror], [onclick], [onload]')].map((el) => el.outerHTML.slice(0, 80));
  });
  expect(injected).toEqual([]);
});
