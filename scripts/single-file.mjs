// Builds one self-contained HTML file from the release dist: the wasm (base64), the JS glue and
// the embed script (one inline module), the styles and the content document inlined. It opens
// from file:// with every feature working and makes no request at all.
// Usage: node scripts/single-file.mjs [DIST] [OUT]   (run `trunk build --release` first)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const dist = process.argv[2] || 'dist';
const out = process.argv[3] || 'dist-single/article-lens.html';
const read = (file) => readFileSync(join(dist, file), 'utf8');

/** Replaces `from` in `text`, failing loudly if the build's output changed shape. */
function replace(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`single-file: cannot find ${what} in the build output`);
  return text.replace(from, to);
}

// The wasm-bindgen glue as plain declarations: its exports become local names.
let glue = read('article-lens-core.js');
glue = glue.replace(/^export function /gm, 'function ').replace(/^export class /gm, 'class ');
glue = replace(glue, /^export \{[^}]*\};?\s*$/m.exec(glue)?.[0] ?? '\u0000', '', 'the glue\'s export list');
if (/^\s*(import|export)\b/m.test(glue)) throw new Error('single-file: the glue still imports or exports something');

// The embed script, importing from the glue above instead of a file.
let embed = read('article-lens.js');
embed = replace(embed, "import init, { initSync, mount } from './article-lens-core.js';", 'const init = __wbg_init;', 'the embed\'s import of the glue');
embed = embed.replace(/^export /gm, '');

const wasm = readFileSync(join(dist, 'article-lens-core_bg.wasm')).toString('base64');
const css = read('article-lens.css');
const doc = read('content/asian-nato.json');
const page = read('page.css');
const title = /<title>([^<]*)<\/title>/.exec(read('index.html'))?.[1] ?? 'Article Lens';

// Text inside <script> must not close it; in JSON and JS strings "<\/" means the same as "</".
const safe = (text) => text.replaceAll('</', '<\\/');

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>${page}\n${css}</style>
<script>
globalThis.ArticleLensAssets = {
  css: ${safe(JSON.stringify(css))},
  wasm: Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0)),
};
</script>
<script type="module">
${safe(glue)}
${safe(embed)}
</script>
</head>
<body>
<main>
<article-lens>
<script type="application/json">${safe(doc)}</script>
</article-lens>
</main>
</body>
</html>
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`${out}: ${html.length.toLocaleString('en-US')} bytes`);
