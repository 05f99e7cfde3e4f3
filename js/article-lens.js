// Article Lens: the embed script. Load it as a module and write
//   <article-lens src="content/asian-nato.json"></article-lens>
// or, from code, `mountLens(element, { src | document, theme, marks, view })`. The glossary
// libraries a document names are fetched beside it, once a page.
// Everything (wasm, stylesheet) is resolved relative to this script's own URL, so the files can
// live under any path or on another origin (with CORS). No inline script, no inline style: a
// page under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'` runs it as is.
import init, { initSync, mount, prepare, hydratePrepared } from './article-lens-core.js';

const here = new URL('.', import.meta.url);
// The single-file build (scripts/single-file.mjs) brings its assets along instead of URLs.
const bundled = globalThis.ArticleLensAssets;
const stylesheet = new URL('article-lens.css', here).href;
let started = null;

/** Starts the wasm once, for every widget on the page. */
function start() {
  started ??= bundled ? Promise.resolve(initSync({ module: bundled.wasm })) : init({ module_or_path: new URL('article-lens-core_bg.wasm', here) });
  return started;
}

/** Bytes of wasm linear memory in use by all widgets on the page (for the benchmark). */
export async function wasmMemoryBytes() {
  const exports = await start();
  return exports?.memory?.buffer?.byteLength ?? 0;
}

/** The widget's styles for a shadow root: a linked stylesheet, or the bundled text. */
function styles() {
  if (bundled) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(bundled.css);
    return { node: null, sheet, ready: Promise.resolve() };
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  // Resolves when loaded, or failed: the widget still works, unstyled.
  const ready = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  return { node: link, sheet: null, ready };
}

/** What a thrown value says. */
const messageOf = (error) => String(error && error.message ? error.message : error);

/**
 * The widget's words said before its wasm runs, by locale: the rest are in the wasm's locale
 * tables (`src/locale/`), chosen by the same rule (`wordsFor`), and a native test keeps the two
 * lists of locales the same.
 */
const WORDS = {
  en: { dir: 'ltr', loading: 'Loading the article…', failed: 'Article Lens could not start: ' },
  ja: { dir: 'ltr', loading: '記事を読み込んでいます…', failed: 'Article Lens を起動できませんでした：' },
  'ar-XB': { dir: 'rtl', loading: 'جارٍ تحميل المقال…', failed: 'Article Lens could not start: ' },
};

/** The locale for a BCP 47 tag: that tag's, else its language's (`ja-JP` is `ja`), else English. */
function wordsFor(tag) {
  const lower = String(tag ?? '').trim().toLowerCase();
  const find = (t) => Object.keys(WORDS).find((k) => k.toLowerCase() === t);
  const key = find(lower) ?? find(lower.split(/[-_]/)[0]) ?? 'en';
  return { tag: key, ...WORDS[key] };
}

/** The reader's language where `host` is: its `lang`, else its nearest ancestor's (the
 *  document's, usually). */
const langOf = (host) => host.closest('[lang]')?.getAttribute('lang') ?? '';

/** A note where the widget will be, in its own styles and in the reader's language `lang`:
 *  `<div class="al-root"><TAG ...>`. */
function note(tag, className, role, text, lang) {
  const words = wordsFor(lang);
  const box = document.createElement('div');
  box.className = 'al-root al-theme-auto';
  box.lang = words.tag;
  box.dir = words.dir;
  const el = document.createElement(tag);
  el.className = className;
  el.setAttribute('role', role);
  el.textContent = text;
  box.append(el);
  return box;
}

/**
 * A `#fragment` link inside a shadow root goes nowhere (the browser looks for the id in the
 * page): the widget's own (its skip links) are followed here, to the element in the shadow
 * root, which gets focus. Links the widget handles itself have their default prevented.
 */
function followFragment(event) {
  const link = event.defaultPrevented ? null : event.target.closest?.('a[href^="#"]');
  const to = link && event.currentTarget.getElementById(link.getAttribute('href').slice(1));
  if (!to) return;
  event.preventDefault();
  to.focus(); // which scrolls it into view
}

/** Glossary libraries by address: each is fetched once for every widget on the page. */
const libraryAnswers = new Map();

/** The answer for the library at `url`: `{ text }`, or why there is none, as for a document. */
function fetchLibrary(url) {
  if (!libraryAnswers.has(url)) {
    libraryAnswers.set(url, fetch(url)
      .then(async (r) => (r.ok ? { text: await r.text() } : { status: r.status, statusText: r.statusText }))
      .catch((error) => ({ error: messageOf(error) })));
  }
  return libraryAnswers.get(url);
}

/** A library path as the format allows one: relative, to a .json file (the widget loads
 *  nothing from another address; the widget names any other as a problem). */
const libraryPath = /^(?!\/)[^:\\?#\s]*\.json$/;

/**
 * The glossary libraries a document names (`options.document`, or `options.documentText`
 * parsed), fetched relative to `base`, the document's own address: `{ libraries: [{ src, text }
 * | { src, status, statusText } | { src, error } | { src, skipped }] }`, or `{}` for none.
 */
function withLibraries(options, base) {
  let doc = options.document;
  const text = options.documentText;
  if (!doc && typeof text === 'string' && text.includes('"libraries"')) {
    try {
      doc = JSON.parse(text);
    } catch {
      return Promise.resolve({}); // the widget reports the broken JSON
    }
  }
  const names = Array.isArray(doc?.libraries) ? doc.libraries : [];
  if (!names.length) return Promise.resolve({});
  return Promise.all(names.map((src) => (typeof src === 'string' && libraryPath.test(src)
    ? fetchLibrary(new URL(src, base).href).then((answer) => ({ src, ...answer }))
    : { src: String(src), skipped: true })))
    .then((libraries) => ({ libraries }));
}

/** An error box in place of the widget, for when the wasm itself cannot start. */
function failure(root, error, lang) {
  root.replaceChildren(note('div', 'al-error', 'alert', wordsFor(lang).failed + messageOf(error), lang));
}

/** Resolves once the page's first contentful paint is reported (at once where it was). */
function firstContentfulPaint() {
  return new Promise((resolve) => {
    if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** Resolves in a task of its own: what follows runs after the page has had a turn. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Resolves once the rendered article in `shadow` has been painted: its stylesheet has loaded
 * (the browser shows a shadow tree only with its styles; frames before that paint the page
 * without it), the page's first contentful paint has been reported, and a frame has been
 * drawn since. Where nothing is drawn (a hidden tab, an off-screen frame) it resolves half a
 * second after the stylesheet; a stylesheet that failed before this looked is waited for at
 * most a second.
 *
 * The rendered article is readable as it is: the wasm is fetched, and hydrates it, only after
 * it is on screen. Started earlier, its download shared the network with the stylesheet the
 * first paint needs, and hydrating (one long task) could hold that paint back: Lighthouse
 * mobile, served compressed, 90-93 with LCP 1.3-2.7 s, then 94-99 (median 96 of 7 runs) with
 * LCP 1.3 s. Fetched and compiled as soon as the stylesheet was in (while the page painted),
 * it still cost Lighthouse's LCP (1.3-3.0 s, performance 80-89 in 5 runs).
 */
function afterPaint(shadow) {
  const link = shadow.querySelector('link[rel="stylesheet"]');
  const styled = !link || link.sheet ? Promise.resolve() : new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
    setTimeout(resolve, 1000);
  });
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => nextTask().then(resolve))));
  return styled.then(() => new Promise((resolve) => {
    Promise.all([firstContentfulPaint(), frames()]).then(resolve);
    setTimeout(resolve, 500);
  }));
}

/**
 * Takes over the article `lens render` put in `host`'s declarative shadow root (its
 * `.al-mount`): once it is painted and the wasm has started, the widget hydrates those nodes in
 * place, so what the reader sees first is what stays. Should hydration fail, the widget is
 * mounted afresh there.
 */
function hydrateLens(host, shadow, target, options) {
  shadow.addEventListener('click', followFragment);
  let handle = null;
  let destroyed = false;
  afterPaint(shadow)
    .then(start)
    .then(async () => {
      if (destroyed) return;
      // The glossary libraries an inline document names, if it names any (`lens render`
      // inlines the document with its glossary resolved, so usually none).
      const libraries = await withLibraries(options, options.src ? new URL(options.src, document.baseURI) : document.baseURI);
      if (destroyed) return;
      // Starting the wasm, reading the document, checking it, then hydrating: four tasks, a
      // turn of the event loop apart, so the page answers input in between (Lighthouse counts
      // each task's time over 50 ms as blocking; started and read in one task, its blocking time
      // was 180-450 ms, median 230, in 8 runs, mobile preset; apart, 170-480 ms, median 200, and
      // performance median 97 of 5 against 95.5 of 8). Decoding and checking apart: at 4x CPU
      // throttling, the long tasks' time over 50 ms after the first paint was 237 and 253 ms
      // (medians of 8 cold loads, twice, interleaved) against 305 and 398 ms, the longest task
      // 154-168 ms against 159-191; Lighthouse mobile 89-97 (median 96 of 5) against 95-97 (95).
      await nextTask();
      if (destroyed) return;
      performance.mark?.('article-lens:start');
      const given = { ...options, ...libraries, events: host };
      try {
        const prepared = prepare(target, given);
        try {
          await nextTask();
          if (!destroyed) prepared.check();
          await nextTask();
          // Rendered in another language than the reader's: built again in the reader's.
          if (!destroyed) handle = prepared.fits() ? hydratePrepared(prepared) : mount(target, given);
        } finally {
          prepared.free();
        }
      } catch (error) {
        console.warn('Article Lens: could not take over the rendered article; rendering it again.', error);
        if (!destroyed) handle = mount(target, given);
      }
    })
    .catch((error) => {
      // The rendered article stays readable; the host hears why it stays still.
      host.dispatchEvent(new CustomEvent('lens-error', { bubbles: true, composed: true, detail: { source: options.src ?? 'inline document', message: `Article Lens could not start: ${messageOf(error)}`, problems: [] } }));
    });
  return {
    destroy() {
      destroyed = true;
      teardown(handle, shadow);
      handle = null;
    },
  };
}

/**
 * Mounts Article Lens into `host`'s shadow root. Where `lens render` already rendered the
 * article there (a declarative shadow root), the widget hydrates it. Otherwise, while it loads,
 * the host's own children (a fallback of its own) stay visible through a slot; when the widget
 * is ready, or has a readable error to show, it takes their place. Returns `{ destroy() }`.
 */
export function mountLens(host, options = {}) {
  options = { ...options, lang: options.lang ?? langOf(host) };
  const rendered = host.shadowRoot?.querySelector('.al-mount');
  if (rendered?.parentNode === host.shadowRoot && rendered.firstElementChild && !bundled && ('documentText' in options || 'document' in options)) {
    return hydrateLens(host, host.shadowRoot, rendered, options);
  }
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  shadow.addEventListener('click', followFragment);
  const css = styles();
  // The reader's marking choice is kept in localStorage (the widget reads it when it starts):
  // a page's first read loads its storage from disk, so do it now, while the wasm compiles.
  try {
    localStorage.getItem('article-lens:marks');
  } catch {
    // Storage forbidden: the widget does without.
  }
  const target = document.createElement('div');
  target.className = 'al-mount';
  target.hidden = true;
  const fallback = document.createElement('slot');
  shadow.replaceChildren(...[css.node, fallback, target].filter(Boolean));
  shadow.adoptedStyleSheets = css.sheet ? [css.sheet] : [];
  // A "Loading" note, shown only when there is no static copy to read meanwhile (the widget
  // replaces it when it mounts).
  const hasFallback = [...host.children].some((el) => el.localName !== 'script');
  if (!hasFallback) {
    target.append(note('p', 'al-status', 'status', wordsFor(options.lang).loading, options.lang));
    target.hidden = false;
  }

  let handle = null;
  let destroyed = false;
  const reveal = () => {
    target.hidden = false;
    fallback.remove();
  };
  host.addEventListener('lens-ready', reveal, { once: true });
  host.addEventListener('lens-error', reveal, { once: true });

  // The document is fetched here, while the wasm compiles, so the widget has its text as soon
  // as it starts; if it cannot be had, the widget is told why (the server's answer or the
  // network error) and shows the reader a readable error naming the address.
  const src = typeof options.src === 'string' && options.src.trim() ? options.src : null;
  const fetched = src && !('document' in options) && !('documentText' in options)
    ? fetch(src)
      .then(async (r) => (r.ok ? { documentText: await r.text() } : { fetchStatus: r.status, fetchStatusText: r.statusText }))
      .catch((error) => ({ fetchError: messageOf(error) }))
    : Promise.resolve({});
  // Then the glossary libraries it names, beside it.
  const base = src ? new URL(src, document.baseURI) : document.baseURI;
  const loaded = fetched.then((result) => withLibraries({ ...options, ...result }, base).then((libraries) => ({ ...result, ...libraries })));
  Promise.all([start(), css.ready, loaded])
    .then(async ([, , documentResult]) => {
      // The wasm started in one task, the widget built in the next.
      await nextTask();
      if (destroyed) return;
      // For hosts' and our own timing: the document is in hand and the widget starts.
      performance.mark?.('article-lens:start');
      handle = mount(target, { ...options, ...documentResult, events: host });
    })
    .catch((error) => {
      reveal();
      failure(target, error, options.lang);
      host.dispatchEvent(new CustomEvent('lens-error', { bubbles: true, composed: true, detail: { source: options.src ?? 'inline document', message: messageOf(error), problems: [] } }));
    });

  return {
    destroy() {
      destroyed = true;
      host.removeEventListener('lens-ready', reveal);
      host.removeEventListener('lens-error', reveal);
      teardown(handle, shadow);
      handle = null;
    },
  };
}

/** What `destroy()` does on either path: unmounts the widget `handle` holds (if it started)
 *  and empties the shadow root, with its listener. */
function teardown(handle, shadow) {
  if (handle) {
    handle.destroy();
    handle.free();
  }
  shadow.replaceChildren();
  shadow.removeEventListener('click', followFragment);
}

/** Reads a document given inline as `<script type="application/json">`, if any. */
function inlineDocument(host) {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return {};
  // The widget parses it, so broken JSON is reported by line and column.
  return { documentText: script.textContent };
}

/**
 * Calls `start` once `host` comes within a screen of the viewport (at once where the browser
 * has no IntersectionObserver). Returns a function that stops waiting.
 */
function whenNear(host, start) {
  if (!('IntersectionObserver' in globalThis)) {
    start();
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      start();
    }
  }, { rootMargin: '100% 0px' });
  observer.observe(host);
  return () => observer.disconnect();
}

/**
 * `<article-lens src theme marks view loading lang>`: one widget per element, each independent. With
 * `loading="lazy"` nothing is fetched or run (document, wasm, stylesheet) until the element
 * comes within a screen of the viewport; until then a rendered article (`lens render`) or the
 * element's own children are what the reader sees.
 */
export class ArticleLensElement extends HTMLElement {
  static observedAttributes = ['src', 'theme', 'marks', 'view', 'loading', 'lang'];
  #mounted = null;
  #waiting = null;

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    this.#stop();
  }

  attributeChangedCallback() {
    if (this.#mounted || this.#waiting) this.#schedule();
  }

  #stop() {
    this.#waiting?.();
    this.#waiting = null;
    this.#mounted?.destroy();
    this.#mounted = null;
  }

  #schedule() {
    const mounted = this.#mounted;
    this.#stop();
    // Lazy only until the widget first starts: a later change of attribute renders at once.
    if (this.getAttribute('loading') === 'lazy' && !mounted) {
      this.#waiting = whenNear(this, () => {
        this.#waiting = null;
        this.#render();
      });
    } else {
      this.#render();
    }
  }

  #render() {
    const attr = (name) => this.getAttribute(name) ?? undefined;
    this.#mounted = mountLens(this, {
      src: attr('src'),
      theme: attr('theme'),
      marks: attr('marks'),
      view: attr('view'),
      lang: langOf(this),
      ...inlineDocument(this),
    });
  }
}

if (!customElements.get('article-lens')) customElements.define('article-lens', ArticleLensElement);
