// Starts Article Lens. A module script of our own (not trunk's inline loader), so that a page
// with a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') can run it.
// Assets are resolved relative to this script, not to the page.
import init from './article-lens.js';

const wasm = new URL('./article-lens_bg.wasm', import.meta.url);

init({ module_or_path: wasm }).catch((error) => {
  // The wasm could not start (an old browser, a blocked or missing file): say so in place of
  // the article rather than leave a "Loading" note forever.
  for (const element of document.querySelectorAll('[data-article-lens]')) {
    const box = document.createElement('div');
    box.className = 'al-root';
    const notice = document.createElement('div');
    notice.className = 'al-error';
    notice.setAttribute('role', 'alert');
    notice.textContent = `Article Lens could not start: ${error && error.message ? error.message : error}`;
    box.append(notice);
    element.replaceChildren(box);
  }
});
