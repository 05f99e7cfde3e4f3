// The static site build at scale: 1,000 articles made from the seed (its body shuffled, each
// article renamed), built by `lens build` (release) with the widget's assets. Writes
// bench/out/site.md for bench/run.mjs: the build's wall time and the site's bytes.
// Run through bench/run.sh (it needs the release dist).
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const COUNT = 1000;
const root = 'bench/out/site-input';
const out = 'bench/out/site';
rmSync(root, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(join(root, 'content'), { recursive: true });
cpSync('glossaries', join(root, 'glossaries'), { recursive: true });

const seed = JSON.parse(readFileSync('content/asian-nato.json', 'utf8'));
/** A deterministic shuffle (the same site on every run). */
function shuffled(items, n) {
  const copy = [...items];
  let x = n * 2654435761 % 4294967296 || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
for (let n = 1; n <= COUNT; n++) {
  const doc = structuredClone(seed);
  doc.id = `article-${String(n).padStart(4, '0')}`;
  doc.article.headline = `${seed.article.headline} (${n})`;
  doc.article.blocks = shuffled(seed.article.blocks, n);
  writeFileSync(join(root, 'content', `${doc.id}.json`), JSON.stringify(doc));
}

execFileSync('cargo', ['build', '--quiet', '--release', '--locked', '--bin', 'lens'], { stdio: 'inherit' });
const started = process.hrtime.bigint();
const said = execFileSync('target/release/lens', ['build', join(root, 'content'), '--out', out, '--assets', 'dist', '--base-url', 'https://example.org/explainers/'], { encoding: 'utf8' });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const all = files(out);
const bytes = all.reduce((t, f) => t + statSync(f).size, 0);
const pages = all.filter((f) => /article-\d{4}\.html$/.test(f));
const pageBytes = pages.reduce((t, f) => t + statSync(f).size, 0);
const n = (v) => v.toLocaleString('en-US');
writeFileSync('bench/out/site.md', [
  `${COUNT} articles (the seed's body shuffled, each renamed), built by \`lens build\` (release) on this machine in **${seconds.toFixed(1)} s** (budget: under a minute: ${seconds < 60 ? 'met' : '**over**'}). \`lens\` said: \`${said.trim()}\``,
  '',
  '| what | files | bytes |',
  '|---|---:|---:|',
  `| the whole site | ${n(all.length)} | ${n(bytes)} |`,
  `| article pages (each the rendered article and its document inline) | ${n(pages.length)} | ${n(pageBytes)} (${n(Math.round(pageBytes / pages.length))} each) |`,
  '',
].join('\n'));
console.log(readFileSync('bench/out/site.md', 'utf8'));
