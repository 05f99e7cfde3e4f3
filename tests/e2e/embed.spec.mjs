// Article Lens as a guest on other people's pages: several instances, hostile host CSS, a strict
// CSP, failures next to a working widget, the JS API and destroy(), inline documents, the static
// fallback, and no request leaving the origin.
import { test, expect } from '@playwright/test';
import { gotoLive } from './live.mjs';
import { seedText } from './seed.mjs';

/** The widget inside host element `#id` (Playwright's CSS locators pierce open shadow roots). */
const lens = (page, id) => page.locator(`article-lens#${id} .al-mount`);

/** Records requests, page errors and CSP violations from the first script on. */
async function watch(page) {
  const seen = { requests: [], errors: [], violations: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  await page.exposeFunction('reportViolation', (v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

test('two widgets on one page work independently, with ids that never collide', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/examples/news.html');
  const first = lens(page, 'first');
  const second = lens(page, 'second');
  await expect(first.locator('h1')).toBeVisible();
  await expect(second.locator('h1')).toBeVisible();
  // The second starts as the host asked: no marks, the map as a table.
  await expect(second.locator('.al-term')).toHaveCount(0);
  await expect(second.locator('.al-table')).toBeVisible();
  await expect(first.locator('.al-table')).toHaveCount(0);
  // A card in the first leaves the second untouched.
  await first.locator('.al-term').first().focus();
  await expect(first.locator('.al-card')).toHaveCount(1);
  await expect(second.locator('.al-card')).toHaveCount(0);
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('article-lens')].flatMap((h) => [...h.shadowRoot.querySelectorAll('[id]')].map((e) => e.id)),
  );
  expect(new Set(ids).size).toBe(ids.length);
  expect(seen.errors).toEqual([]);
});

/** Computed styles of the widget's text, card and map, for comparison between pages. */
async function widgetStyles(page) {
  const w = lens(page, 'first');
  await expect(w.locator('h1')).toBeVisible();
  const pick = (loc) =>
    loc.evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.fontFamily, s.fontSize, s.lineHeight, s.letterSpacing, s.textTransform, s.color, s.fontWeight, s.marginTop, s.paddingLeft].join(' | ');
    });
  await w.locator('.al-term').first().focus();
  await expect(w.locator('.al-card.is-placed')).toBeVisible();
  return {
    headline: await pick(w.locator('h1')),
    paragraph: await pick(w.locator('.al-p').first()),
    term: await pick(w.locator('.al-term').first()),
    card: await pick(w.locator('.al-card-box')),
    cardTitle: await pick(w.locator('.al-card-title')),
    cardPosition: await w.locator('.al-card').evaluate((el) => getComputedStyle(el).position),
    mapLabel: await pick(w.locator('.al-label').first()),
    button: await pick(w.locator('.al-seg').first()),
    quote: await pick(w.locator('blockquote')),
  };
}

test('host CSS (resets, 62.5% root, uppercase headings) does not change the widget', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/examples/plain.html');
  const alone = await widgetStyles(page);
  await page.goto('/examples/news.html');
  const hosted = await widgetStyles(page);
  expect(hosted).toEqual(alone);
  expect(hosted.cardPosition).toBe('absolute');
});

test('the widget does not change the host page', async ({ page }) => {
  const hostStyles = () =>
    page.evaluate(() =>
      ['#host-before', '#host-between', '#host-button', 'body', '.site-header h1'].map((sel) => {
        const s = getComputedStyle(document.querySelector(sel));
        return [sel, s.fontFamily, s.fontSize, s.color, s.margin, s.textTransform].join(' | ');
      }),
    );
  // Without the widget (its script blocked) and with it.
  await page.route('**/article-lens.js', (route) => route.abort());
  await page.goto('/examples/news.html');
  const without = await hostStyles();
  await page.unroute('**/article-lens.js');
  await page.goto('/examples/news.html');
  await expect(lens(page, 'first').locator('h1')).toBeVisible();
  expect(await hostStyles()).toEqual(without);
});

test('under a strict CSP everything works and nothing is blocked', async ({ page }) => {
  const seen = await watch(page);
  const response = await page.goto('/examples/csp.html');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const w = lens(page, 'first');
  await expect(w.locator('h1')).toBeVisible();
  await w.locator('.al-term').first().focus();
  await expect(w.locator('.al-card.is-placed')).toBeVisible();
  await w.locator('.al-point').first().click();
  await expect(w.locator('.al-evidence')).toBeVisible();
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('a 404, an invalid and a broken inline document show errors; the sibling works', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/examples/errors.html');
  await expect(lens(page, 'missing').getByRole('alert')).toContainText('“/content/no-such-article.json” could not be loaded: the server answered 404');
  await expect(lens(page, 'invalid').getByRole('alert')).toContainText('article.blocks[1].id: duplicate id `p1`');
  await expect(lens(page, 'broken').getByRole('alert')).toContainText('The document “inline document” is not valid JSON');
  await expect(lens(page, 'working').locator('h1')).toBeVisible();
  await lens(page, 'working').locator('.al-term').first().focus();
  await expect(lens(page, 'working').locator('.al-card')).toHaveCount(1);
  expect(seen.errors).toEqual([]);
});

test('the JS API mounts from a document object, reports events, and destroy() leaves nothing', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/examples/api.html');
  const host = page.locator('#host .al-mount');
  await expect(host.locator('h1')).toBeVisible();
  await expect(page.locator('#log')).toContainText('lens-ready {"id":"asian-nato"');
  await host.locator('.al-term').first().click();
  await expect(page.locator('#log')).toContainText('lens-termopen');
  await host.locator('.al-point').first().click();
  await expect(page.locator('#log')).toContainText('lens-playerselect');
  // The document came with the call (the page fetched it): the widget asked only for its library.
  expect(seen.requests.filter((u) => u.endsWith('.json'))).toEqual([expect.stringContaining('/content/asian-nato.json'), expect.stringContaining('/glossaries/indo-pacific.json')]);
  await page.locator('#destroy').click();
  await expect(page.locator('#log')).toContainText('destroyed');
  expect(await page.evaluate(() => document.getElementById('host').shadowRoot.childNodes.length)).toBe(0);
  expect(seen.errors).toEqual([]);
});

test('destroying widgets while their timers are pending breaks nothing', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/examples/api.html');
  const host = page.locator('#host .al-mount');
  await expect(host.locator('h1')).toBeVisible();
  await page.evaluate(async () => {
    const { mountLens } = await import('/article-lens.js');
    const doc = await (await fetch('/content/asian-nato.json')).json();
    for (const hover of [false, true]) {
      const el = document.body.appendChild(document.createElement('div'));
      const lens = mountLens(el, { document: doc, marks: 'all' });
      await new Promise((resolve) => el.addEventListener('lens-ready', resolve, { once: true }));
      if (hover) {
        // The pointer comes to rest on a term: the card's intent timer starts.
        const term = el.shadowRoot.querySelector('.al-term');
        term.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse', clientX: 7, clientY: 7 }));
      }
      // Before the next frame: the parts below the article are still to be built.
      lens.destroy();
      el.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 600));
  });
  // The page's other widget (and the shared wasm) still work.
  await host.locator('.al-term').first().focus();
  await expect(host.locator('.al-card.is-placed')).toBeVisible();
  expect(seen.errors).toEqual([]);
});

test('a document object from code is read as it is, with the same checks and words as a file', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/examples/api.html');
  await expect(page.locator('#host .al-mount h1')).toBeVisible();
  const messages = await page.evaluate(async () => {
    const { mountLens } = await import('/article-lens.js');
    const good = await (await fetch('/fixtures/good-small.json')).json();
    const variants = {
      good,
      // A misspelt field deep in the document, and a number where text belongs.
      misspelt: { ...good, glossary: [{ ...good.glossary[0], defintion: 'x' }] },
      number: { ...good, article: { ...good.article, headline: 42 } },
    };
    const out = {};
    for (const [name, doc] of Object.entries(variants)) {
      const el = document.body.appendChild(document.createElement('div'));
      const done = new Promise((resolve) => {
        el.addEventListener('lens-ready', () => resolve('ready'), { once: true });
        el.addEventListener('lens-error', (e) => resolve(e.detail.problems.join('\n')), { once: true });
      });
      mountLens(el, { document: doc });
      out[name] = await done;
    }
    return out;
  });
  expect(messages.good).toBe('ready');
  expect(messages.misspelt).toMatch(/^glossary\[0\]\.defintion: unknown field `defintion`, expected one of `id`, /);
  expect(messages.number).toBe('article.headline: expected a string, found number 42');
  expect(seen.errors).toEqual([]);
});

test('a document given inline needs no request', async ({ page }) => {
  const seen = await watch(page);
  // Self-contained: its glossary resolved from its library (`lens resolve`).
  const doc = seedText;
  await page.route('**/inline.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><script type="module" src="/article-lens.js"></script></head><body>
        <article-lens id="first"><script type="application/json">${doc.replaceAll('</', '<\\/')}</script></article-lens></body></html>`,
    }),
  );
  await page.goto('/examples/inline.html');
  await expect(lens(page, 'first').locator('h1')).toBeVisible();
  expect(seen.requests.filter((u) => u.endsWith('.json'))).toEqual([]);
});

test('no request leaves the origin', async ({ page }) => {
  const seen = await watch(page);
  await gotoLive(page);
  await page.locator('.al-mount .al-term').first().focus();
  const origin = new URL(page.url()).origin;
  expect(seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
});

test('without JavaScript the static copy is the article; with it the widget takes over in place', async ({ browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto('/');
  await expect(page.locator('article-lens h1')).toHaveText('Ishiba’s Push for an ‘Asian NATO’ Is a Non-starter');
  await expect(page.locator('article-lens .al-p')).toHaveCount(18);
  const staticTop = await page.locator('article-lens h1').evaluate((el) => el.getBoundingClientRect().top);
  await noJs.close();

  const live = await browser.newPage();
  await live.goto('/');
  await expect(live.locator('.al-mount h1')).toBeVisible();
  const liveTop = await live.locator('.al-mount h1').evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(liveTop - staticTop)).toBeLessThan(1);
  await live.close();
});

test('without a static copy, the reader sees a loading note until the widget replaces it', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/content/asian-nato.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/examples/csp.html');
  const first = lens(page, 'first');
  await expect(first.getByRole('status')).toHaveText('Loading the article…');
  release();
  await expect(first.locator('h1')).toBeVisible();
  await expect(first.getByText('Loading the article…')).toHaveCount(0);
});
