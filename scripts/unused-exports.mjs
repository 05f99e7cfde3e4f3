// Build step (called by minify.mjs): removes classes a dependency exports through wasm-bindgen
// that the widget never uses. Leptos depends on server_fn, which depends on wasm-streams, whose
// `IntoUnderlyingSource`, `IntoUnderlyingSink` and `IntoUnderlyingByteSource` turn Rust streams
// into JS streams for server functions. The widget has no server functions, but an exported
// class keeps its code (and the futures machinery behind it) alive in the wasm: 1.6 KB gzip,
// and 0.6 KB of glue. This step takes the classes out of the glue and their functions out of
// the wasm's exports; wasm-opt (run by minify.mjs afterwards) then drops the unreachable code.
//
// Also here: the wasm's custom sections (`producers`, `target_features`, wasm-bindgen's
// `__wasm_split_unstable`), notes for tools that a browser never reads: about 200 bytes gzip.
//
// A class wasm-bindgen exports as `Foo` is, in the glue, an `export class Foo { ... }` block, a
// `Symbol.dispose` line and a `FooFinalization` registry; in the wasm, the exports
// `__wbg_foo_free` and `foo_*`. If the glue does not have that shape, or still names a class
// afterwards, nothing is changed and the reason is returned.

import { readLeb, leb } from './short-imports.mjs';

/** Removes `names`' exports from the wasm's export section. */
function withoutExports(bytes, dropped) {
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    if (id !== 7) {
      at = start + size;
      continue;
    }
    let [count, p] = readLeb(bytes, start);
    const kept = [];
    let removed = 0;
    for (let i = 0; i < count; i++) {
      const [length, from] = readLeb(bytes, p);
      const name = new TextDecoder().decode(bytes.subarray(from, from + length));
      const [, next] = readLeb(bytes, from + length + 1); // kind byte, then index
      if (dropped(name)) removed++;
      else kept.push(bytes.subarray(p, next));
      p = next;
    }
    const body = [...leb(kept.length)];
    for (const entry of kept) for (const b of entry) body.push(b);
    const head = [7, ...leb(body.length)];
    const out = new Uint8Array(at + head.length + body.length + bytes.length - (start + size));
    out.set(bytes.subarray(0, at));
    out.set(head, at);
    out.set(body, at + head.length);
    out.set(bytes.subarray(start + size), at + head.length + body.length);
    return { bytes: out, removed };
  }
  return { bytes, removed: 0 };
}

/** The wasm without its custom sections (id 0). */
export function withoutCustomSections(wasm) {
  const bytes = new Uint8Array(wasm);
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const [size, start] = readLeb(bytes, at + 1);
    if (bytes[at] !== 0) kept.push(bytes.subarray(at, start + size));
    at = start + size;
  }
  const out = new Uint8Array(kept.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of kept) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * The wasm and glue without the exported classes `classes`. Returns `{ wasm, glue, removed }`
 * (`removed`: how many wasm exports went), or `{ wasm, glue, removed: 0, skipped }` unchanged,
 * `skipped` saying why.
 */
export function dropClasses(wasm, glue, classes) {
  let out = glue;
  for (const name of classes) {
    const lines = out.split('\n');
    const start = lines.indexOf(`export class ${name} {`);
    const end = lines.indexOf('}', start);
    if (start < 0 || end < 0) return { wasm, glue, removed: 0, skipped: `no class ${name} in the glue` };
    lines.splice(start, end - start + 1);
    out = lines
      .join('\n')
      .replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\\n`, 'm'), '')
      .replace(new RegExp(`^const ${name}Finalization = [^;]*;\\n`, 'm'), '');
    if (new RegExp(`\\b${name}\\b|${name.toLowerCase()}`).test(out)) {
      return { wasm, glue, removed: 0, skipped: `the glue still uses ${name}` };
    }
  }
  const lower = classes.map((c) => c.toLowerCase());
  const dropped = (exp) => lower.some((c) => exp === `__wbg_${c}_free` || exp.startsWith(`${c}_`));
  const { bytes, removed } = withoutExports(new Uint8Array(wasm), dropped);
  return { wasm: bytes, glue: out, removed };
}
