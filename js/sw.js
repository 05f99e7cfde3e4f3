// Article Lens's service worker, for the standalone reader (`sw.js` at the dist's root) and for
// the editor (`editor/sw.js`, the same file): precaches its part's files on install, serves
// them cache-first so the page works offline after one visit, and deletes its part's caches of
// older builds when a new one activates. VERSION is stamped by scripts/stamp-sw.mjs with a hash
// of the files both lists name, at build time.
const VERSION = '__BUILD__';
const EDITOR = self.location.pathname.endsWith('/editor/sw.js');
// The reader's and the editor's caches, each named for its part and the build.
const PART = EDITOR ? 'article-lens-editor-' : 'article-lens-';
const CACHE = `${PART}${VERSION}`;
// What the reader needs, relative to the dist's root.
const FILES = [
  './',
  'index.html',
  'article-lens.js',
  'article-lens-core.js',
  'article-lens-core_bg.wasm',
  'article-lens.css',
  'page.css',
  'icon.svg',
  'manifest.webmanifest',
  'standalone.js',
  'content/asian-nato.json',
  'glossaries/indo-pacific.json',
];
// What the editor needs, relative to editor/: its page, script and wasm, the widget's styles
// for the preview, the first article, and the list of the site's glossary libraries, which are
// cached too (the list's paths are from content/, one folder deep as editor/ is).
const EDITOR_FILES = [
  './',
  'index.html',
  'editor.js',
  'article-lens-editor.js',
  'article-lens-editor_bg.wasm',
  'editor.css',
  'libraries.json',
  '../article-lens.css',
  '../icon.svg',
  '../content/asian-nato.json',
];

/** Whether `key` is a cache of this worker's part (the reader's names are a prefix of the editor's). */
const ours = (key) => key.startsWith(PART) && (EDITOR || !key.startsWith('article-lens-editor-'));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => {
        await cache.addAll(EDITOR ? EDITOR_FILES : FILES);
        if (EDITOR) await cache.addAll(await (await cache.match('libraries.json')).json());
      })
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => ours(k) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        // Offline and not precached: a navigation gets the part's own page.
        if (request.mode === 'navigate') {
          const shell = await cache.match('index.html');
          if (shell) return shell;
        }
        throw error;
      }
    }),
  );
});
