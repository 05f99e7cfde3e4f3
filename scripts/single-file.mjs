// Builds one self-contained HTML file from the release dist: the wasm (base64), the embed script
// (an inline module) importing the JS glue from a data: URL, the styles and the content
// document inlined. It opens from file:// with every feature working and makes no request.
// The editor gets one too, beside it (article-lens-editor.html): its wasm, the first article
// (resolved, so it names no library) and the site's glossary libraries inline; its work is kept in the browser's storage.
// Usage: node scripts/single-file.mjs [DIST] [OUT]   (run `trunk build --release` first)
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const dist = process.argv[2] || 'dist';
const out = process.argv[3] || 'dist-single/article-lens.html';
const read = (file) => readFileSync(join(dist, file), 'utf8');

/** Replaces `from` in `text`, failing loudly if the build's output changed shape. */
function replace(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`single-file: cannot find ${what} in the build output`);
  return text.replace(from, to);
}

/** The page script `script`, importing the wasm-bindgen glue `glue` from a `data:` URL instead
 * of a file (both are minified ES modules: their text is used as it is, only the import's
 * specifier changes). */
function withInlineGlue(script, glue) {
  const text = read(script);
  const name = glue.split('/').pop().replace(/[.]/g, '[.]');
  const specifier = new RegExp(`(["'])[.]/${name}\\1`);
  const glueUrl = `data:text/javascript;base64,${Buffer.from(read(glue)).toString('base64')}`;
  return replace(text, specifier.exec(text)?.[0] ?? '\u0000', JSON.stringify(glueUrl), `${script}'s import of the glue`);
}
const embed = withInlineGlue('article-lens.js', 'article-lens-core.js');

const wasm = readFileSync(join(dist, 'article-lens-core_bg.wasm')).toString('base64');
const css = read('article-lens.css');
// The document as `lens render` put it in the page: its glossary resolved from its libraries,
// so the single file needs nothing beside it.
const doc = read('index.html').match(/<script type="application\/json">([\s\S]*?)<\/script>/)?.[1];
if (!doc) throw new Error('single-file: cannot find the inline document in the page');
const page = read('page.css');
const title = /<title>([^<]*)<\/title>/.exec(read('index.html'))?.[1] ?? 'Article Lens';

// Text inside <script> must not close it; in JSON and JS strings "<\/" means the same as "</".
const safe = (text) => text.replaceAll('</', '<\\/');

/** One self-contained page: its styles, the global `assets` (name and the JS object literal's
 * fields) for its script, the module script, and the body. */
function onePage({ title, style, assets: [name, fields], script, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>${style}</style>
<script>
globalThis.${name} = {
${fields}
};
</script>
<script type="module">
${safe(script)}
</script>
</head>
<body>
${body}
</body>
</html>
`;
}

const html = onePage({
  title,
  style: `${page}\n${css}`,
  assets: ['ArticleLensAssets', `  css: ${safe(JSON.stringify(css))},\n  wasm: Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0)),`],
  script: embed,
  body: `<main>\n<article-lens>\n<script type="application/json">${safe(doc)}</script>\n</article-lens>\n</main>`,
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`${out}: ${html.length.toLocaleString('en-US')} bytes`);

// The editor, if the build has it.
if (existsSync(join(dist, 'editor', 'index.html'))) {
  const editorOut = join(dirname(out), 'article-lens-editor.html');
  const editorScript = withInlineGlue('editor/editor.js', 'editor/article-lens-editor.js');
  // The page's own body (what shows before the wasm starts) and title.
  const editorPage = read('editor/index.html');
  const editorBody = /<main id="editor">[\s\S]*?<\/main>/.exec(editorPage)?.[0];
  if (!editorBody) throw new Error('single-file: cannot find the editor page\'s <main id="editor">');
  // The site's glossary libraries it offers (paths from content/, as in the dist).
  const editorLibraries = JSON.parse(read('editor/libraries.json')).map((src) => ({ src, text: read(join('content', src)) }));
  const editorWasm = readFileSync(join(dist, 'editor', 'article-lens-editor_bg.wasm')).toString('base64');
  const editorHtml = onePage({
    title: /<title>([^<]*)<\/title>/.exec(editorPage)?.[1] ?? 'Article Lens editor',
    style: `${css}\n${read('editor/editor.css')}`,
    assets: ['ArticleLensEditorAssets', [
      `  document: ${safe(JSON.stringify(doc))},`,
      `  libraries: ${safe(JSON.stringify(editorLibraries))},`,
      `  wasm: Uint8Array.from(atob("${editorWasm}"), (c) => c.charCodeAt(0)),`,
    ].join('\n')],
    script: editorScript,
    body: editorBody,
  });
  writeFileSync(editorOut, editorHtml);
  console.log(`${editorOut}: ${editorHtml.length.toLocaleString('en-US')} bytes`);
}
