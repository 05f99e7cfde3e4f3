// Host pages as a test makes them up, and what the browser's console says while a test runs.

/**
 * A page at /examples/NAME.html, `<html lang=LANG>`, holding `body` with the embed script, and
 * goes to it.
 */
export async function hostPage(page, name, body, lang = 'en') {
  await page.route(`**/examples/${name}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${name}</title><script type="module" src="/article-lens.js"></script></head><body><main>${body}</main></body></html>`,
    }),
  );
  await page.goto(`/examples/${name}.html`);
}

/** Console warnings and errors, and uncaught errors, while a test runs. */
export function watchConsole(page) {
  const seen = [];
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The standalone page's service worker, which the test browser blocks, is not the widget's.
    if (['error', 'warning'].includes(m.type()) && !m.text().includes('Service Worker registration blocked')) seen.push(`${m.type()}: ${m.text()}`);
  });
  return seen;
}
