// The widget's own words in the reader's language: `lang` on the element, else the page's;
// Japanese throughout (dates and counts too), English for a language the widget does not have,
// a right-to-left locale laid out mirrored without overlap, and the article in its own language.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { hostPage, watchConsole } from './host.mjs';

test('a Japanese page gets the widget in Japanese, dates and counts too, and the article stays English', async ({ page }) => {
  const seen = watchConsole(page);
  await hostPage(page, 'ja', '<article-lens id="seed" src="/content/asian-nato.json"></article-lens><article-lens id="v2" src="/fixtures/v2-article.json"></article-lens>', 'ja');
  const w = page.locator('#seed .al-mount');
  await expect(w.locator('h1')).toBeVisible();
  await expect(w.locator('.al-root')).toHaveAttribute('lang', 'ja');
  await expect(w.locator('article')).toHaveAttribute('lang', 'en');
  await expect(w.locator('.al-switch legend')).toHaveText('用語の表示');
  await expect(w.getByRole('radio', { name: '段落ごとに最初の言及' })).toBeChecked();
  const v2 = page.locator('#v2 .al-mount');
  await expect(v2.locator('.al-dates')).toHaveText('公開 2025年3月14日・更新 2025年3月16日');
  await expect(v2.locator('.al-byline')).toContainText(/^筆者：/);
  // A card, by keyboard: its labels, its date, its buttons' names.
  await w.locator('.al-term', { hasText: /^Quad$/ }).first().focus();
  const card = page.getByRole('dialog');
  await expect(card).toContainText('背景知識（2024年10月15日時点）');
  await expect(card).toContainText('この記事では');
  await expect(card.getByRole('button', { name: '閉じる' })).toBeVisible();
  await expect(card.getByRole('button', { name: /^言及箇所\d+件をすべて表示$/ })).toBeVisible();
  await expect(card.getByRole('button', { name: 'このカードへのリンクをコピー' })).toBeVisible();
  await card.getByRole('button', { name: /すべて表示/ }).click();
  await expect(w.locator('.al-announce')).toHaveText(/^「Quad」の言及箇所\d+件を強調表示しました。/);
  await page.keyboard.press('Escape');
  // The maps and the index below.
  await expect(w.locator('.al-maps-title')).toHaveText('各主体の立ち位置');
  await expect(w.getByRole('group', { name: '表示形式' }).getByRole('button', { name: '表' })).toBeVisible();
  await expect(w.locator('.al-point').first()).toHaveAttribute('aria-label', /：.*。/);
  await expect(w.locator('.al-index summary').first()).toHaveText(/^用語集：\d+語$/);
  await w.locator('.al-index summary').first().click();
  await w.getByLabel('用語を絞り込む').fill('Quad');
  await expect(w.locator('.al-index-count')).toHaveText(/^\d+語中\d+語$/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  expect(seen).toEqual([]);
});

test('lang on the element wins over the page’s; a language without a locale gets English; changing lang re-renders', async ({ page }) => {
  await hostPage(page, 'mixed', '<article-lens id="ja" lang="ja-JP" src="/content/asian-nato.json"></article-lens><article-lens id="fr" src="/content/asian-nato.json"></article-lens>', 'fr');
  const ja = page.locator('#ja .al-mount');
  const fr = page.locator('#fr .al-mount');
  await expect(ja.locator('.al-skip a').last()).toHaveText('用語集へ移動', { useInnerText: false });
  await expect(fr.locator('.al-skip a').last()).toHaveText('Skip to the glossary', { useInnerText: false });
  await expect(fr.locator('.al-root')).toHaveAttribute('lang', 'en');
  await page.locator('#fr').evaluate((el) => el.setAttribute('lang', 'ja'));
  await expect(fr.locator('.al-switch legend')).toHaveText('用語の表示');
  await page.locator('#ja').evaluate((el) => el.setAttribute('lang', 'en'));
  await expect(ja.locator('.al-switch legend')).toHaveText('Mark glossary terms');
});

test('errors are said in the reader’s language, naming the document; the problems stay in the editors’ English', async ({ page }) => {
  await page.route('**/content/missing.json', (route) => route.fulfill({ status: 404, body: 'no' }));
  await hostPage(page, 'errors', '<article-lens id="a" src="/content/missing.json"></article-lens><article-lens id="b"><script type="application/json">{"version": 1}</script></article-lens>', 'ja');
  const a = page.locator('#a .al-mount').getByRole('alert');
  await expect(a).toContainText('この記事を表示できません');
  await expect(a).toContainText('ドキュメント「/content/missing.json」を読み込めませんでした。サーバーの応答: 404');
  const b = page.locator('#b .al-mount').getByRole('alert');
  await expect(b).toContainText(/ドキュメント「ページ内のドキュメント」はコンテンツ文書として正しくありません（問題\d+件）/);
  await expect(b.locator('ul')).toHaveAttribute('lang', 'en');
});

test('the wasm failing to start is said in the reader’s language', async ({ page }) => {
  await page.route('**/article-lens-core_bg.wasm', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await hostPage(page, 'nowasm', '<article-lens src="/content/asian-nato.json"></article-lens>', 'ja');
  await expect(page.locator('article-lens .al-mount').getByRole('alert')).toContainText('Article Lens を起動できませんでした：');
});

test('a right-to-left locale lays the widget out mirrored, without overlap, the article left to right', async ({ page }) => {
  for (const width of [360, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await hostPage(page, `rtl${width}`, '<article-lens lang="ar-XB" src="/content/asian-nato.json"></article-lens>', 'en');
    const w = page.locator('article-lens .al-mount');
    await expect(w.locator('h1')).toBeVisible();
    await expect(w.locator('.al-root')).toHaveAttribute('dir', 'rtl');
    await expect(w.locator('.al-root')).toHaveAttribute('lang', 'ar-XB');
    await expect(w.locator('article')).toHaveAttribute('dir', 'ltr');
    await expect(w.locator('.al-switch legend')).toHaveText('تمييز مصطلحات المسرد');
    await expect(w.locator('.al-point').first()).toBeVisible();
    const layout = await page.locator('article-lens').evaluate((host) => {
      const r = host.shadowRoot;
      const box = (el) => el.getBoundingClientRect();
      const legend = box(r.querySelector('.al-switch legend'));
      const options = [...r.querySelectorAll('.al-switch-option')].map(box);
      const article = box(r.querySelector('article'));
      // Controls in a row: the legend, then the options from right to left.
      const overlaps = (rects) => rects.some((a, i) => rects.some((b, j) => i < j && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5));
      const groups = ['.al-switch-option', '.al-seg', '.al-legend li', '.al-controls > *'].map((s) => [...r.querySelectorAll(s)].filter((e) => e.getClientRects().length).map(box));
      return {
        legendRightOfOptions: options.every((o) => o.top >= legend.bottom - 1 || o.right <= legend.left + 1),
        firstOptionRightmost: options[0].right >= Math.max(...options.filter((o) => Math.abs(o.top - options[0].top) < 2).map((o) => o.right)) - 1,
        overlapping: groups.map(overlaps),
        inside: groups.flat().every((b) => b.left >= article.left - 1 && b.right <= article.right + 1),
        scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        bodyDirection: getComputedStyle(r.querySelector('.al-body p')).direction,
      };
    });
    expect(layout).toEqual({
      legendRightOfOptions: true,
      firstOptionRightmost: true,
      overlapping: [false, false, false, false],
      inside: true,
      scrolls: false,
      bodyDirection: 'ltr',
    });
    // The evidence panel's rule on its starting side: the right.
    await w.locator('.al-point').first().click();
    await expect(w.locator('.al-evidence')).toBeVisible();
    expect(await w.locator('.al-evidence').evaluate((e) => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth])).toEqual(['4px', '0px']);
    // Numbers in the locale's digits, each value isolated in its sentence (FSI … PDI).
    await expect(w.locator('.al-index summary').first()).toHaveText(/^Glossary: \u2068[٠-٩]+\u2069 terms$/);
    await page.unrouteAll();
  }
});

test('a rendered article in another language than the reader’s is built again in the reader’s', async ({ page }) => {
  const seen = watchConsole(page);
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<html lang="en"/, '<html lang="ja"') });
  });
  await page.goto('/');
  const w = page.locator('article-lens').first().locator('.al-mount');
  await expect(w.locator('.al-switch legend')).toHaveText('用語の表示');
  await expect(w.locator('.al-root')).toHaveAttribute('lang', 'ja');
  await expect(w.locator('.al-root')).toHaveCount(1);
  await w.locator('.al-term').first().click();
  await expect(page.getByRole('dialog')).toContainText('背景知識');
  expect(seen).toEqual([]);
});

test('the iframe page takes lang= from its address', async ({ page }) => {
  await page.goto('/embed.html?doc=content/asian-nato.json&lang=ja');
  await expect(page.locator('article-lens .al-mount .al-switch legend')).toHaveText('用語の表示');
});
