// The build's minifier: smaller stylesheets with the same meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compressionOrder, minifyCss, minifyJs } from '../../scripts/minify.mjs';
import { gzipSync } from 'node:zlib';

test('lightningcss drops comments and white space; strings, calc() and combinators keep their meaning', () => {
  const css = `/* head */
.a > .b ,
.c  :focus-visible {
  content: " · ";   /* kept as written */
  margin: calc(1px + 2px) 0;
}
@media (min-width: 40rem) and (prefers-color-scheme: dark) { .d { color: red; } }
`;
  const min = minifyCss(css);
  assert.doesNotMatch(min, /head|kept as written|\n./);
  assert.match(min, /^\.a>\.b,\.c :focus-visible\{/);
  assert.ok(min.includes('" · "'), min);
  assert.match(min, /@media \(min-width:\s?40rem\) and \(prefers-color-scheme:\s?dark\)\{\.d\{color:red\}\}/);
});

test('the widget stylesheet keeps every string, selector class and custom property, smaller', () => {
  const css = readFileSync(new URL('../../style/article-lens.css', import.meta.url), 'utf8');
  const min = minifyCss(css);
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const s of noComments.match(/content:\s*"[^"]*"/g) ?? []) assert.ok(min.includes(s.replace(/:\s*/, ':')), s);
  for (const name of new Set(noComments.match(/\.al-[\w-]+|--[\w-]+/g))) assert.ok(min.includes(name), name);
  assert.ok(min.length < css.length * 0.85, `${min.length} of ${css.length}`);
});

test('the embed script, minified, exports the same names and imports the same file', async () => {
  const js = readFileSync(new URL('../../js/article-lens.js', import.meta.url), 'utf8');
  const min = await minifyJs(js);
  assert.ok(min.length < js.length * 0.6, `${min.length} of ${js.length}`);
  assert.match(min, /from\s*["']\.\/article-lens-core\.js["']/);
  // What the module exports, by name, before and after: each imported from a directory of its
  // own beside a stub of the glue.
  const exportsOf = async (source, name) => {
    const dir = mkdtempSync(join(tmpdir(), `al-${name}-`));
    writeFileSync(join(dir, 'article-lens-core.js'), 'export default function init() {} export function initSync() {} export function mount() {} export function hydrate() {} export function prepare() {} export function hydratePrepared() {}');
    writeFileSync(join(dir, 'article-lens.js'), source);
    globalThis.HTMLElement ??= class {};
    globalThis.customElements ??= { get: () => true };
    return Object.keys(await import(pathToFileURL(join(dir, 'article-lens.js')).href)).sort();
  };
  const names = await exportsOf(js, 'src');
  assert.deepEqual(names, ['ArticleLensElement', 'mountLens', 'wasmMemoryBytes']);
  assert.deepEqual(await exportsOf(min, 'min'), names);
});

test('a classic script (the service worker) keeps its top-level names', async () => {
  const min = await minifyJs("const FILES = ['./', 'a.js']; // the list\nself.files = FILES.length;\n", { module: false });
  assert.equal(min, 'const FILES=["./","a.js"];self.files=FILES.length;\n');
});

test('a content document keeps every value, with its glossary or notes just before the article, and compresses better', () => {
  for (const [file, early] of [['tests/fixtures/v1/asian-nato.json', 'glossary'], ['content/asian-nato.json', 'in_article']]) {
    const doc = JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
    const ordered = compressionOrder(doc);
    assert.deepEqual(ordered, doc);
    const keys = Object.keys(ordered);
    assert.equal(keys.indexOf(early) + 1, keys.indexOf('article'), file);
    assert.equal(keys.length, Object.keys(doc).length);
    const gz = (v) => gzipSync(JSON.stringify(v), { level: 9 }).length;
    assert.ok(gz(ordered) < gz(doc), `${file}: ${gz(ordered)} >= ${gz(doc)}`);
  }
  // Anything else is left as it is.
  assert.equal(compressionOrder('text'), 'text');
  assert.deepEqual(Object.keys(compressionOrder({ b: 1, glossary: 2 })), ['b', 'glossary']);
});

test('HTML loses comments, indentation and trunk leftovers, never text or attributes', async () => {
  const { minifyHtml } = await import('../../scripts/minify.mjs');
  const page = `<!doctype html>
<html lang="en">
  <head>
    <!-- a note -->
    <link data-trunk rel="rust" data-bin="x" data-trunk-id="0">
    <link rel="icon" href="./i.svg" data-integrity="none"/>
    <link rel="stylesheet" href="./a.css" integrity="sha384-abc"/>

    <script type="module" src="a.js"></script>
  </head>
  <body>
    <p class="al-p">Two  spaces <em>stay</em> inside   a line.</p>
  </body>
</html>
`;
  assert.equal(
    minifyHtml(page),
    '<!doctype html>\n<html lang="en">\n<head>\n<link rel="icon" href="./i.svg"/>\n<link rel="stylesheet" href="./a.css" integrity="sha384-abc"/>\n<script type="module" src="a.js"></script>\n</head>\n<body>\n<p class="al-p">Two  spaces <em>stay</em> inside   a line.</p>\n</body>\n</html>\n',
  );
  for (const kept of ['<pre>\n  x\n</pre>', '<textarea>\n  x</textarea>', '<script>\n  x()\n</script>']) {
    const html = `<body>\n  <!-- c -->\n  ${kept}\n</body>\n`;
    assert.equal(minifyHtml(html), html);
    // With a head before it: the head is made smaller, the rest is left as it is.
    const body = `<body>\n  <!-- c -->\n  ${kept}\n</body>\n</html>\n`;
    assert.equal(minifyHtml(`<html>\n  <head>\n    <!-- note -->\n    <link data-trunk rel="rust">\n    <title>T</title>\n  </head>\n${body}`), `<html>\n<head>\n<title>T</title>\n</head>\n${body}`);
    // An inline script in the head: nothing is touched.
    const scripted = `<head>\n  <!-- c -->\n  ${kept}\n</head>\n<body></body>\n`;
    assert.equal(minifyHtml(scripted), scripted);
  }
});
