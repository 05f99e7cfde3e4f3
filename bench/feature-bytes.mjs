// What the stance map and the glossary add to the dist, measured by building the widget without
// them: a copy of the source is built three times, as it is, without the map (its views and its
// validation rules) and without the glossary as well (its views, the term matcher and its
// validation rules), each the way trunk builds it (release, wasm-bindgen, wasm-opt with the
// level and flags in index.html, then tidied as scripts/minify.mjs does: unused classes and
// custom sections dropped, short names), and compressed like the rest of the benchmark (zlib,
// level 9). Their stylesheet rules are counted from the built stylesheet by selector. Writes
// bench/out/features.md for bench/run.mjs. Run through bench/run.sh (it needs the release dist).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { optimise, tidyWasm } from '../scripts/minify.mjs';

const root = resolve('.');
const work = join(root, 'target/feature-bytes');
const copy = join(work, 'src-copy');
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const n = (x) => x.toLocaleString('en-US');

/** Replaces `from` by `to` in the copy's `file`, failing if the source no longer has it. */
function patch(file, from, to) {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`feature-bytes: ${file} no longer contains ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

/** Builds the copy's widget and returns its wasm's size, gzipped. */
function build(label) {
  execFileSync('cargo', ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'article-lens-core'], {
    cwd: copy,
    env: { ...process.env, CARGO_TARGET_DIR: join(work, 'target') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const out = join(work, label);
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, join(work, 'target/wasm32-unknown-unknown/release/article-lens-core.wasm')]);
  const wasm = join(out, 'article-lens-core_bg.wasm');
  optimise(wasm);
  tidyWasm(wasm, join(out, 'article-lens-core.js'));
  return gz(readFileSync(wasm));
}

/** A fresh copy of the sources. */
function fresh() {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const item of ['Cargo.toml', 'Cargo.lock', 'src', '.cargo', 'content']) cpSync(item, join(copy, item), { recursive: true });
}

fresh();
const full = build('full');

const view = 'src/web/article_view.rs';
const noMap = () => {
  patch(view, '{move || (below.get() == 1 && has_maps).then(|| view! { <StanceMaps/> })}', '""');
  patch('src/validate.rs', '    check_players(doc, &mut problems);\n', '');
};
fresh();
noMap();
const withoutMap = build('no-map');

fresh();
noMap();
for (const part of ['<MarkSwitch/>', '<GlossaryIndex/>', '<Endnotes/>']) patch(view, part, '""');
patch(view, '<ArticleBody/>', '<div class="al-body" inner_html=crate::body_html::body_markup(&doc, &Mentions::default(), &[], data.ids(), MarkMode::None)></div>');
patch('src/validate.rs', '    check_glossary(doc, mentions, &mut problems);\n', '    let _ = mentions;\n');
patch('src/lib.rs', 'let mentions = glossary::Mentions::find(&doc);', 'let mentions = glossary::Mentions::default();');
const withoutEither = build('no-map-no-glossary');

// Stylesheet rules by selector (rules inside @media blocks too); `.al-link` counts as glossary.
const css = readFileSync('dist/article-lens.css', 'utf8');
const blocks = (s) => {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) {
      out.push(s.slice(start, i + 1));
      start = i + 1;
    }
  }
  return out;
};
const without = (s, re) =>
  blocks(s)
    .map((rule) => {
      const selector = rule.slice(0, rule.indexOf('{'));
      if (selector.startsWith('@')) {
        const kept = blocks(rule.slice(rule.indexOf('{') + 1, -1)).filter((r) => !re.test(r.slice(0, r.indexOf('{'))));
        return kept.length ? `${selector}{${kept.join('')}}` : '';
      }
      return re.test(selector) ? '' : rule;
    })
    .join('');
const glossaryCss = gz(css) - gz(without(css, /al-(card|term|mention|switch|index|endnote|filter|link|placeholder)/));
const mapCss = gz(css) - gz(without(css, /al-(map|chart|point|legend|pole|seg|evidence|quotes|table|grouping|controls|lanes|unplaced|downloads|basis|shape|svg|lane|hull|outline)/));

const mapWasm = full - withoutMap;
const glossaryWasm = withoutMap - withoutEither;
const budget = 30 * 1024;
const row = (what, wasm, style) => `| ${what} | ${n(wasm)} | ${n(style)} | **${n(wasm + style)}** | ${wasm + style <= budget ? 'within' : 'over'} |`;
writeFileSync(
  join(root, 'bench/out/features.md'),
  [
    `Wasm built from a copy of the source without the feature (${n(full)} bytes gzip with everything; ${n(withoutEither)} with neither), its stylesheet rules counted by selector. Budget: 30 KB (${n(budget)} bytes) gzip each. The content document's own glossary and stances are data, not counted here (see the bytes table).`,
    '',
    '| feature | wasm (gzip) | CSS (gzip) | total | budget |',
    '|---|---:|---:|---:|---|',
    row('stance map: views, chart layout, table, evidence, downloads, and its validation rules', mapWasm, mapCss),
    row('glossary: body terms, cards, switch, index, endnotes, the term matcher, and its validation rules', glossaryWasm, glossaryCss),
    '',
  ].join('\n'),
);
console.log(`feature bytes: map ${n(mapWasm + mapCss)}, glossary ${n(glossaryWasm + glossaryCss)}`);
