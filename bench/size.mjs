// Measures every file of a build directory: raw bytes, gzip (level 9) and brotli (quality 11),
// and writes a Markdown table. Usage: node bench/size.mjs DIST OUT.md
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execSync } from 'node:child_process';
import os from 'node:os';

const dist = process.argv[2] || 'dist';
const out = process.argv[3] || 'bench/RESULTS.md';
const BUDGET_GZIP = 150 * 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(dist)
  .sort()
  .map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(dist, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

const n = (x) => x.toLocaleString('en-US');
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const version = (cmd) => {
  try { return execSync(cmd, { encoding: 'utf8' }).trim(); } catch { return 'unknown'; }
};

const lines = [
  '# Size report',
  '',
  `Written by \`bash bench/size.sh\` on ${new Date().toISOString().slice(0, 10)}.`,
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}.`,
  `Toolchain: ${version('rustc --version')}; ${version('trunk --version')}; ${version('wasm-bindgen --version')}; ${version('wasm-opt --version')}.`,
  '',
  '## Release dist (`trunk build --release`)',
  '',
  '| file | raw bytes | gzip -9 | brotli -q 11 |',
  '|---|---:|---:|---:|',
  ...rows.map((r) => `| ${r.file} | ${n(r.raw)} | ${n(r.gzip)} | ${n(r.brotli)} |`),
  `| **total** | **${n(total.raw)}** | **${n(total.gzip)}** | **${n(total.brotli)}** |`,
  '',
  `Budget: the whole dist at most ${kb(BUDGET_GZIP)} gzip. Now ${kb(total.gzip)} gzip ` +
    `(${total.gzip <= BUDGET_GZIP ? 'within' : 'OVER'} budget, ${kb(Math.abs(BUDGET_GZIP - total.gzip))} ${total.gzip <= BUDGET_GZIP ? 'to spare' : 'over'}).`,
  '',
];
writeFileSync(out, lines.join('\n'));
console.log(lines.join('\n'));
