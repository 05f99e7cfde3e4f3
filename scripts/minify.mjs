// Build step (a trunk post_build hook, before stamp-sw.mjs): makes the built stylesheet and the
// content documents smaller for readers, leaving their meaning alone. The sources stay readable.
//   CSS: comments removed, white space collapsed and dropped around { } ; and after commas,
//        never inside strings (a `content: " · "` keeps its spaces); the widget's own custom
//        properties (`--al-*`) given short names.
//   JSON: parsed and written back without indentation (a document that is not JSON is left as it
//         is: the widget reports it to the reader). In a content document the glossary is moved
//         before the article (key order means nothing to the reader of the format): the
//         passages quoted by the glossary and by the stances then sit within gzip's 32 KB window
//         of the article text they repeat (16,541 -> 16,022 bytes gzip for the seed).
//   HTML: comments, indentation and blank lines removed, and what trunk leaves behind that
//         means nothing to a browser (`<link data-trunk>`, `data-integrity="none"`). Pages with `<pre>`, `<textarea>` or
//         inline scripts, where that white space could matter, are left as they are.
//   wasm: classes a dependency exports but the widget never uses taken out of the wasm and its
//         glue (unused-exports.mjs), the wasm optimised again (wasm-opt, the flags of
//         index.html) to drop their code, and its custom sections (notes for tools) removed;
//         then the imports, and the exports only the glue calls, given short names in the
//         wasm and its glue (short-imports.mjs).
//   JS: the embed script, the wasm-bindgen glue and the page script minified by terser as ES
//       modules (exported names and import specifiers kept). The service worker is left for
//       stamp-sw.mjs, which reads its file list, stamps it and then minifies it with `minifyJs`.
// trunk has already put Subresource Integrity hashes of the files in the pages' links: those
// are updated to the new contents.
// Usage: node scripts/minify.mjs DIR
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { minify } from 'terser';
import { shortenExports, shortenImports } from './short-imports.mjs';
import { dropClasses, withoutCustomSections } from './unused-exports.mjs';

/** Exported by wasm-streams (leptos -> server_fn -> wasm-streams) for server functions'
 *  streams; the widget has none. */
const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/** The wasm at `path` optimised by wasm-opt as trunk runs it (level and flags from index.html). */
export function optimise(path) {
  const page = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
  const level = /data-wasm-opt="([^"]*)"/.exec(page)?.[1] ?? 'z';
  const flags = /data-wasm-opt-params="([^"]*)"/.exec(page)?.[1].split(/\s+/).filter(Boolean) ?? [];
  execFileSync('wasm-opt', [`-O${level}`, ...flags, path, '-o', path], { stdio: 'inherit' });
}

/** CSS text made smaller, strings kept byte for byte. */
export function minifyCss(css) {
  let out = '';
  let i = 0;
  let space = false;
  const drop = new Set(['{', '}', ';', ',', '>']);
  const push = (s) => {
    if (space && out && !drop.has(out.at(-1)) && !drop.has(s[0])) out += ' ';
    space = false;
    out += s;
  };
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      space = true;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      push(css.slice(i, j + 1));
      i = j + 1;
    } else if (/\s/.test(c)) {
      space = true;
      i++;
    } else {
      push(c);
      i++;
    }
  }
  return out.replace(/;}/g, '}').trim() + '\n';
}

/** A wasm-bindgen build (`X_bg.wasm` and its glue `X.js`) rewritten in place: unused classes
 *  dropped (then, with `optimiseAfter`, the wasm optimised again to drop their code), custom
 *  sections dropped, imports and the glue's exports given short names. */
export function tidyWasm(wasmPath, gluePath, { optimiseAfter = true } = {}) {
  const used = dropClasses(readFileSync(wasmPath), readFileSync(gluePath, 'utf8'), UNUSED_CLASSES);
  if (used.skipped) console.warn(`minify: unused classes kept (${used.skipped})`);
  writeFileSync(wasmPath, used.wasm);
  if (used.removed > 0 && optimiseAfter) optimise(wasmPath);
  const imports = shortenImports(withoutCustomSections(readFileSync(wasmPath)), used.glue);
  const short = shortenExports(imports.wasm, imports.glue);
  writeFileSync(wasmPath, short.wasm);
  writeFileSync(gluePath, short.glue);
}

/** A script made smaller: same behaviour, same exports and imports, no comments. `module`:
 *  an ES module (false for a classic script such as the service worker). */
export async function minifyJs(js, { module = true } = {}) {
  const { code } = await minify(js, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return `${code}\n`;
}

/** An HTML page made smaller: comments, indentation, blank lines and trunk's leftover links
 *  removed; a page where white space may matter (pre, textarea, inline script) is unchanged. */
export function minifyHtml(html) {
  if (/<(pre|textarea)\b|<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) return html;
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

/** The stylesheet's own custom properties (`--al-*`, used by no one else: hosts theme the
 *  widget through `--article-lens-*`, which are kept) renamed `--a`, `--b`, ..., the most used
 *  first. */
export function shortenCustomProperties(css) {
  const uses = new Map();
  for (const [name] of css.matchAll(/--al-[\w-]+/g)) uses.set(name, (uses.get(name) ?? 0) + 1);
  const names = [...uses.keys()].sort((a, b) => uses.get(b) - uses.get(a));
  const short = new Map(names.map((name, i) => [name, `--${i < 26 ? String.fromCharCode(97 + i) : `a${i - 26}`}`]));
  return css.replace(/--al-[\w-]+/g, (name) => short.get(name));
}

/** A content document's keys in an order that compresses better: the glossary (most of the
 *  quotes) just before the article, the stances (the rest) after it. Other JSON is unchanged. */
export function compressionOrder(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('article' in value) || !('glossary' in value)) return value;
  const ordered = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'article') ordered.glossary = value.glossary;
    if (key !== 'glossary') ordered[key] = v;
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
  const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const renamed = new Map(); // old integrity value -> new, in the order the changes were made
  for (const wasmPath of files(dir).filter((p) => p.endsWith('_bg.wasm'))) {
    const gluePath = wasmPath.replace(/_bg\.wasm$/, '.js');
    const [wasm, glue] = [readFileSync(wasmPath), readFileSync(gluePath, 'utf8')];
    // A debug build (`trunk serve`) is not optimised by trunk either: optimising its 4 MB of
    // wasm here would add some 40 s to every rebuild.
    tidyWasm(wasmPath, gluePath, { optimiseAfter: process.env.TRUNK_PROFILE !== 'debug' });
    renamed.set(integrity(wasm), integrity(readFileSync(wasmPath)));
    renamed.set(integrity(glue), integrity(readFileSync(gluePath, 'utf8')));
  }
  for (const path of files(dir)) {
    const text = readFileSync(path, 'utf8');
    let smaller = null;
    if (path.endsWith('.css')) {
      smaller = shortenCustomProperties(minifyCss(text));
    } else if (path.endsWith('.js') && basename(path) !== 'sw.js') {
      smaller = await minifyJs(text);
    } else if (path.endsWith('.json')) {
      try {
        smaller = JSON.stringify(compressionOrder(JSON.parse(text)));
      } catch {
        // Not JSON: shipped as it is.
      }
    }
    if (smaller !== null && smaller !== text) {
      writeFileSync(path, smaller);
      renamed.set(integrity(text), integrity(smaller));
    }
  }
  for (const path of files(dir).filter((p) => p.endsWith('.html'))) {
    let html = minifyHtml(readFileSync(path, 'utf8'));
    for (const [before, after] of renamed) html = html.split(`integrity="${before}"`).join(`integrity="${after}"`);
    writeFileSync(path, html);
  }
}
