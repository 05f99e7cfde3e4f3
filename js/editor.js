// The editor's page script: starts its wasm with the document kept from the last visit (this
// browser's storage), else the site's first article, and the glossary libraries the document
// names, fetched beside it as the embed script does for readers. Served over HTTP it registers
// the service worker beside it, so the editor opens offline after one visit. In the single file
// (scripts/single-file.mjs) the wasm, the first article and the site's libraries come inline,
// as `globalThis.ArticleLensEditorAssets = { wasm, document, libraries }`, and nothing is fetched.
import init, { start } from './article-lens-editor.js';

const KEY = 'article-lens-editor:document';
const FIRST = new URL('../content/asian-nato.json', import.meta.url);
const inline = globalThis.ArticleLensEditorAssets;

/** The document's text to start from. */
async function startingText() {
  try {
    const kept = localStorage.getItem(KEY);
    if (kept) return kept;
  } catch {
    // Storage forbidden: start from the first article.
  }
  if (inline) return inline.document;
  const response = await fetch(FIRST);
  return response.ok ? response.text() : '{}';
}

/** A library's answer: `{ src, text }`, or why not: `{ src, status, statusText }` or `{ src, error }`. */
const fetchLibrary = (src) => fetch(new URL(String(src), FIRST))
  .then(async (r) => (r.ok ? { src, text: await r.text() } : { src, status: r.status, statusText: r.statusText }))
  .catch((error) => ({ src, error: String(error?.message ?? error) }));

/** The libraries the site offers (libraries.json, paths from content/) and those `text` names,
 * fetched: a list of answers, one per path. */
async function libraries(text) {
  if (inline) return inline.libraries;
  let named = [];
  try {
    named = JSON.parse(text).libraries ?? [];
  } catch {
    // Not a document yet: the site's libraries only.
  }
  const offered = await fetch(new URL('libraries.json', import.meta.url)).then((r) => (r.ok ? r.json() : [])).catch(() => []);
  return Promise.all([...new Set([...offered, ...named].map(String))].map(fetchLibrary));
}

if (!inline && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {
    // No worker (a private window, say): the editor works, only not offline.
  });
}

const target = document.getElementById('editor');
try {
  const wasm = inline ? inline.wasm : new URL('article-lens-editor_bg.wasm', import.meta.url);
  const [text] = await Promise.all([startingText(), init({ module_or_path: wasm })]);
  target.replaceChildren();
  start(target, text, await libraries(text));
} catch (error) {
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.textContent = `The editor could not start: ${error?.message ?? error}`;
  target.replaceChildren(note);
}
