// Opening a page and waiting until its widget is live. The server-rendered article is on screen
// (and its terms and switch are in the DOM) before the widget has hydrated it, which happens
// after the first paint: a test that acts on the page must wait for `lens-ready`, or its first
// click lands on markup nothing listens to yet.

/** Goes to `url` and resolves once a widget on it has sent `lens-ready`. */
export async function gotoLive(page, url = '/') {
  await page.addInitScript(() => document.addEventListener('lens-ready', () => (window.__lensLive = true), true));
  await page.goto(url);
  await page.waitForFunction(() => window.__lensLive === true);
}
