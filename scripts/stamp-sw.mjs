// Build step (a trunk post_build hook): stamps the service worker in the staging directory with
// a hash of the files it precaches, so every build that changes them gets a new cache name and
// the old cache is deleted; then minifies it (it is read as written, before that). Runs after
// minify.mjs, so the hash is of the files as shipped. Usage: node scripts/stamp-sw.mjs DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { minifyJs } from './minify.mjs';

const dir = process.argv[2];
const sw = join(dir, 'sw.js');
const text = readFileSync(sw, 'utf8');
const files = JSON.parse(text.match(/const FILES = (\[[^\]]*\]);/s)[1].replace(/'/g, '"').replace(/,\s*\]/, ']'));
const hash = createHash('sha256');
for (const file of files) {
  const path = join(dir, file === './' ? 'index.html' : file);
  if (!existsSync(path)) throw new Error(`sw.js precaches ${file}, which the build did not produce`);
  hash.update(file).update(readFileSync(path));
}
writeFileSync(sw, await minifyJs(text.replace('__BUILD__', hash.digest('hex').slice(0, 16)), { module: false }));
