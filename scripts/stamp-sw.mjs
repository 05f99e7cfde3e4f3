// Build step (a trunk post_build hook): stamps the service worker in the staging directory with
// a hash of the files it precaches (the reader's list, and the editor's, relative to editor/,
// with the libraries editor/libraries.json names), so every build that changes them gets new
// cache names and the old caches are deleted; then minifies it (it is read as written, before
// that) and puts the same worker in editor/, where it serves the editor. Runs after
// minify.mjs, so the hash is of the files as shipped.
// Usage: node scripts/stamp-sw.mjs DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { minifyJs } from './minify.mjs';

const dir = process.argv[2];
const sw = join(dir, 'sw.js');
const text = readFileSync(sw, 'utf8');
/** The list `const NAME = [...]` in the worker, as written. */
function list(name) {
  const found = text.match(new RegExp(`const ${name} = (\\[[^\\]]*\\]);`, 's'));
  if (!found) throw new Error(`stamp-sw: sw.js has no ${name} list`);
  return JSON.parse(found[1].replace(/'/g, '"').replace(/,\s*\]/, ']'));
}
const hash = createHash('sha256');
const parts = [['', list('FILES')]];
if (existsSync(join(dir, 'editor'))) {
  // The editor's list, and the libraries its worker caches from editor/libraries.json.
  const libraries = JSON.parse(readFileSync(join(dir, 'editor', 'libraries.json'), 'utf8'));
  parts.push(['editor/', [...list('EDITOR_FILES'), ...libraries]]);
}
for (const [base, files] of parts) {
  for (const file of files) {
    const path = join(dir, base, file === './' ? 'index.html' : file);
    if (!existsSync(path)) throw new Error(`sw.js precaches ${base}${file}, which the build did not produce`);
    hash.update(base + file).update(readFileSync(path));
  }
}
const stamped = await minifyJs(text.replace('__BUILD__', hash.digest('hex').slice(0, 16)), { module: false });
writeFileSync(sw, stamped);
if (parts.length > 1) writeFileSync(join(dir, 'editor', 'sw.js'), stamped);
