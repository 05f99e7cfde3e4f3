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

import { exportSection, readExports, replaceSection, sections } from './wasm-sections.mjs';

/** The wasm without the exports `dropped` selects: `{ bytes, removed }`. */
function withoutExports(wasm, dropped) {
  const section = sections(wasm).find((x) => x.id === 7);
  if (!section) return { bytes: new Uint8Array(wasm), removed: 0 };
  const entries = readExports(wasm, section);
  const kept = entries.filter((e) => !dropped(e.name));
  return { bytes: replaceSection(wasm, section, exportSection(kept)), removed: entries.length - kept.length };
}

/** The wasm without its custom sections (id 0). */
export function withoutCustomSections(wasm) {
  let bytes = new Uint8Array(wasm);
  for (const section of sections(bytes).filter((x) => x.id === 0).reverse()) bytes = replaceSection(bytes, section);
  return bytes;
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
