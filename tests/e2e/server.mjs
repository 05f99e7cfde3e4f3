// A small static file server for the browser tests: serves the release dist at /, the
// examples at /examples/, the test fixtures at /fixtures/, benchmark pages at /bench/ and a built site at /site/, with the right MIME types
// (application/wasm matters), 404 for anything missing, and the strict Content-Security-Policy
// header on every page whose name contains "csp".
// Usage: node tests/e2e/server.mjs PORT
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const port = Number(process.argv[2] || 4173);
// `--gzip`: compress what the client accepts compressed, as a production server does (the
// benchmark's load and Lighthouse figures are for what a reader receives).
const gzip = process.argv.includes('--gzip');
const compressed = new Map();
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const mounts = [
  ['/examples/', resolve('examples')],
  ['/fixtures/', resolve('tests/fixtures')],
  ['/bench/', resolve('bench/out')],
  // A static site `lens build` writes for the browser tests (tests/e2e/site.spec.mjs).
  ['/site/', resolve('target/e2e-site')],
  ['/', resolve('dist')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const [prefix, root] = mounts.find(([p]) => url.pathname.startsWith(p));
  let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
  if (!path.startsWith(root)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    let body = await readFile(path);
    const headers = { 'content-type': types[extname(path)] || 'application/octet-stream', 'cache-control': 'no-cache' };
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && extname(path) !== '.png') {
      const key = `${path}:${body.length}`;
      if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
      body = compressed.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    if (extname(path) === '.html' && path.includes('csp')) headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving dist, examples and fixtures at http://127.0.0.1:${port}/`));
