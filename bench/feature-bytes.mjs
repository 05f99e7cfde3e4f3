// What the stance map and the glossary add to the dist, measured by building the widget without
// them: a copy of the source is built three times, as it is, without the map (its views and its
// validation rules) and without the glossary as well (its views, the term matcher and its
// validation rules), each the way trunk builds it (release, wasm-bindgen, wasm-opt with the
// level and flags in index.html), and compressed like the rest of the benchmark (zlib,
// level 9). Their stylesheet rules are counted from the built stylesheet by selector. The full
// build is also measured by crate (twiggy, on a copy optimised the same way with its function
// names kept). Writes bench/out/features.md and bench/out/crates.md for bench/run.mjs. Run through bench/run.sh (it needs the release dist).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** The wasm at `path` optimised by wasm-opt as trunk runs it (level and flags from index.html),
 *  into `out`; with `keepNames`, the function names kept (`-g`) instead of stripped. */
function optimise(path, out = path, { keepNames = false } = {}) {
  const page = readFileSync(join(root, 'index.html'), 'utf8');
  const level = /data-wasm-opt="([^"]*)"/.exec(page)?.[1] ?? 'z';
  let flags = /data-wasm-opt-params="([^"]*)"/.exec(page)?.[1].split(/\s+/).filter(Boolean) ?? [];
  if (keepNames) flags = [...flags.filter((f) => f !== '--strip-debug'), '-g'];
  execFileSync('wasm-opt', [`-O${level}`, ...flags, path, '-o', out], { stdio: 'inherit' });
}

/** The crate a function belongs to, from its demangled name: the first path in it
 *  (`<serde_wasm_bindgen::de::Deserializer as serde::de::Deserializer>::…` counts for
 *  serde_wasm_bindgen), with the serde derives of our content types apart. Approximate: a
 *  generic function counts for the crate named first (serde_path_to_error's wrappers hold the
 *  derived visitors they wrap, for example). */
function crateOf(name) {
  if (/^data segment/.test(name)) return '(data: strings, tables)';
  if (/Deserialize for article_lens|article_lens::[\w:]*_::<impl serde/.test(name)) return 'article_lens: serde derives of the content types';
  const path = /([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/.exec(name);
  return path ? path[1] : '(unnamed: glue, tables)';
}

/** twiggy's CSV (Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent) as
 *  [name, bytes]; a name with commas or quotes is quoted, its quotes doubled. */
function twiggyRows(csv) {
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => /^("(?:[^"]|"")*"|[^,]*),(\d+),/.exec(line))
    .filter(Boolean)
    .map(([, name, bytes]) => [name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name, Number(bytes)]);
}

/** The wasm's bytes by crate: `wasm` optimised as trunk does but keeping names, then twiggy.
 *  The name sections themselves (which the shipped wasm does not have) are left out. */
function byCrate(wasm) {
  const named = `${wasm}.named.wasm`;
  optimise(wasm, named, { keepNames: true });
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', named], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const totals = new Map();
  for (const [name, bytes] of twiggyRows(csv)) {
    if (/names" subsection$/.test(name)) continue;
    const crate = crateOf(name);
    totals.set(crate, (totals.get(crate) ?? 0) + bytes);
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  const small = rows.filter(([, b]) => b < 1024);
  return [
    `The full build's wasm (${n(all)} bytes raw without its name sections) by the crate each function's name gives, largest first; a generic function counts for the crate it is named in first, so this is a guide, not an exact bill. Crates under 1 KB are summed in the last row.`,
    '',
    '| crate | bytes (raw) | share |',
    '|---|---:|---:|',
    ...rows.filter(([, b]) => b >= 1024).map(([c, b]) => `| ${c} | ${n(b)} | ${((100 * b) / all).toFixed(1)}% |`),
    `| (${small.length} smaller) | ${n(small.reduce((a, [, b]) => a + b, 0))} | |`,
    '',
  ].join('\n');
}

/** Builds the copy's widget and returns its wasm's size, gzipped (and its path). */
function build(label) {
  execFileSync('cargo', ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'article-lens-core'], {
    cwd: copy,
    // Symbols kept in the linked wasm for the by-crate count; trunk's wasm-opt flags strip them.
    env: { ...process.env, CARGO_TARGET_DIR: join(work, 'target'), CARGO_PROFILE_RELEASE_STRIP: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const out = join(work, label);
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, join(work, 'target/wasm32-unknown-unknown/release/article-lens-core.wasm')]);
  const wasm = join(out, 'article-lens-core_bg.wasm');
  const unoptimised = `${wasm}.in.wasm`;
  cpSync(wasm, unoptimised);
  optimise(wasm);
  return { gzip: gz(readFileSync(wasm)), unoptimised };
}

/** A fresh copy of the sources. */
function fresh() {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  // `.cargo` only where the project has one (it has none now).
  for (const item of ['Cargo.toml', 'Cargo.lock', 'src', '.cargo', 'content']) if (existsSync(item)) cpSync(item, join(copy, item), { recursive: true });
}

fresh();
const fullBuild = build('full');
const full = fullBuild.gzip;
writeFileSync(join(root, 'bench/out/crates.md'), byCrate(fullBuild.unoptimised));

const view = 'src/view/article_view.rs';
const noMap = () => {
  patch(view, '<StanceMaps/>', '""');
  patch('src/model/validate.rs', '    check_players(doc, &mut problems);\n', '');
};
fresh();
noMap();
const withoutMap = build('no-map').gzip;

fresh();
noMap();
for (const part of ['<MarkSwitch/>', '<GlossaryIndex/>', '<Endnotes/>']) patch(view, part, '""');
// The body keeps its text and loses its terms (and with them the cards).
patch('src/view/article_body.rs', 'Either::Right(view! { <Mention mention=mention entry=found.target text=text.to_owned() marked=is_marked open=open.clone()/> })', '{ let _ = (mention, is_marked, &open); Either::<String, ()>::Left(text.to_owned()) }');
patch('src/model/validate.rs', '    check_glossary(doc, mentions, &mut problems);\n', '    let _ = mentions;\n');
patch('src/model/read.rs', 'let mentions = Mentions::find(&resolved.doc);', 'let mentions = Mentions::default();');
patch('src/model/library.rs', 'let mentions = Mentions::find(&doc);', 'let mentions = Mentions::default();');
const withoutEither = build('no-map-no-glossary').gzip;

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
