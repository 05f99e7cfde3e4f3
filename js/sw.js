// Article Lens's service worker (standalone reader only): precaches the reader's shell, wasm,
// styles and content on install, serves them cache-first so the reader works offline after one
// visit, and deletes the caches of older builds when a new one activates. VERSION is stamped by
// scripts/stamp-sw.mjs with a hash of the files at build time.
const VERSION = '__BUILD__';
const CACHE = `article-lens-${VERSION}`;
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

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('article-lens-') && k !== CACHE).map((k) => caches.delete(k))))
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
        // Offline and not precached: a navigation gets the reader's shell.
        if (request.mode === 'navigate') {
          const shell = await cache.match('index.html');
          if (shell) return shell;
        }
        throw error;
      }
    }),
  );
});
