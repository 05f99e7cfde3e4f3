// Build step (a trunk post_build hook, before stamp-sw.mjs): makes the built stylesheets, scripts,
// pages and content documents smaller for readers, leaving their meaning alone. The sources stay
// readable. Each file type goes through a kept tool; only what no tool does is written here.
//   CSS: lightningcss (minify).
//   JS: terser, as ES modules (exported names and import specifiers kept). The service worker is
//       left for stamp-sw.mjs, which reads its file list, stamps it and then minifies it with
//       `minifyJs`.
//   JSON: parsed and written back without indentation (a document that is not JSON is left as it
//         is: the widget reports it to the reader). In a content document the glossary is moved
//         before the article (key order means nothing to the reader of the format): the
//         passages quoted by the glossary and by the stances then sit within gzip's 32 KB window
//         of the article text they repeat (16,541 -> 16,022 bytes gzip for the seed).
//   HTML: comments, indentation and blank lines removed, and what trunk leaves behind that
//         means nothing to a browser (`<link data-trunk>`, `data-integrity="none"`). Pages with
//         `<pre>`, `<textarea>` or inline scripts, where that white space could matter, are
//         left as they are.
// The wasm is not touched here: wasm-bindgen and wasm-opt (run by trunk with the level and flags
// in index.html) are its tools.
// Usage: node scripts/minify.mjs DIR
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { transform } from 'lightningcss';
import { minify } from 'terser';

/** The oldest browsers the stylesheet is written for (it uses container queries): lightningcss
 *  writes nothing they cannot read, such as media query ranges (`width>=40rem`). */
const TARGETS = { chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16 };

/** CSS text made smaller by lightningcss. */
export function minifyCss(css) {
  const { code } = transform({ filename: 'style.css', code: Buffer.from(css), minify: true, targets: TARGETS });
  return `${code.toString()}\n`;
}

/** A script made smaller: same behaviour, same exports and imports, no comments. `module`:
 *  an ES module (false for a classic script such as the service worker). */
export async function minifyJs(js, { module = true } = {}) {
  const { code } = await minify(js, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return `${code}\n`;
}

/** An HTML page made smaller: comments, indentation, blank lines and trunk's leftover links
 *  removed. Where white space may matter (pre, textarea, inline script: the standalone page's
 *  rendered article and its inline document) the page is left as it is from there on, and only
 *  a head before it is made smaller. */
export function minifyHtml(html) {
  const unsafe = /<(pre|textarea)\b|<script(?![^>]*\bsrc=)[^>]*>/i;
  if (!unsafe.test(html)) return tidy(html);
  const end = html.search(/<\/head>/i);
  if (end < 0 || unsafe.test(html.slice(0, end))) return html;
  return tidy(html.slice(0, end)) + html.slice(end);
}

/** `html` (with nothing in it where white space matters) without comments, indentation, blank
 *  lines or trunk's leftovers, ending in a line break. */
function tidy(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<link data-trunk\b[^>]*>/g, '')
    .replace(/ data-integrity="none"/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}

/** A content document's keys in an order that compresses better: the glossary and the notes on
 *  library entries (most of the quotes) just before the article, the stances (the rest) after
 *  it. Other JSON is unchanged. */
export function compressionOrder(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('article' in value)) return value;
  const early = ['glossary', 'in_article'].filter((key) => key in value);
  if (!early.length) return value;
  const ordered = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'article') for (const e of early) ordered[e] = value[e];
    if (!early.includes(key)) ordered[key] = v;
  }
  return ordered;
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  for (const path of files(dir)) {
    const text = readFileSync(path, 'utf8');
    let smaller = null;
    if (path.endsWith('.css')) {
      smaller = minifyCss(text);
    } else if (path.endsWith('.js') && basename(path) !== 'sw.js') {
      smaller = await minifyJs(text);
    } else if (path.endsWith('.json')) {
      try {
        smaller = JSON.stringify(compressionOrder(JSON.parse(text)));
      } catch {
        // Not JSON: shipped as it is.
      }
    } else if (path.endsWith('.html')) {
      smaller = minifyHtml(text);
    }
    if (smaller !== null && smaller !== text) writeFileSync(path, smaller);
  }
}
