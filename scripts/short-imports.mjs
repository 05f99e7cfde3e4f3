// Build step (called by minify.mjs, before the glue is minified): gives the wasm's imports short
// names. wasm-bindgen names each function the wasm imports from its JS glue after the Rust or
// web-sys function plus a 16-digit hash (`__wbg_getBoundingClientRect_329ca748ec918b0c`), and
// every import repeats the glue's module name (`./article-lens-core_bg.js`). The names are
// written twice, in the wasm's import section and as the keys of the glue's import object, and
// the hashes do not compress: about 150 imports cost some 2 KB gzip in each file. Renaming
// both sides to `a`, `b`, ... `$a` changes nothing else: the wasm links the same functions.
//
// Only names found exactly once in the glue, as an import object key, are renamed; anything
// else (a glue shape this step does not know) is left as wasm-bindgen wrote it.
//
// The same for the wasm's exports the glue calls (`wasm.__wasm_bindgen_func_elem_2676`,
// `wasm.__wbindgen_export7`...): renamed `_0`, `_1`, ... where the glue only ever uses them as
// `wasm.NAME`. `memory` keeps its name (the embed script reads it for the benchmark).
// Usage: import { shortenImports } from './short-imports.mjs'

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** An unsigned LEB128 number's bytes. */
export function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();

/** The import section's entries: module, name, and the bytes of the description after them. */
function readImports(bytes, start, end) {
  let [count, at] = readLeb(bytes, start);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const strings = [];
    for (let s = 0; s < 2; s++) {
      const [length, from] = readLeb(bytes, at);
      strings.push(text.decode(bytes.subarray(from, from + length)));
      at = from + length;
    }
    const descStart = at;
    const kind = bytes[at++];
    if (kind === 0x00) {
      [, at] = readLeb(bytes, at); // a function: its type index
    } else if (kind === 0x01) {
      at += 1; // a table: reference type, then limits
      const flags = bytes[at++];
      [, at] = readLeb(bytes, at);
      if (flags & 1) [, at] = readLeb(bytes, at);
    } else if (kind === 0x02) {
      const flags = bytes[at++]; // a memory: limits
      [, at] = readLeb(bytes, at);
      if (flags & 1) [, at] = readLeb(bytes, at);
    } else if (kind === 0x03) {
      at += 2; // a global: value type, mutability
    } else {
      throw new Error(`import section: unknown import kind ${kind}`);
    }
    entries.push({ module: strings[0], name: strings[1], desc: bytes.subarray(descStart, at) });
  }
  if (at !== end) throw new Error('import section: unexpected length');
  return entries;
}

/** Short identifiers, all different: a..z, A..Z, then $0, $1, ... (never a JS keyword). */
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return i < letters.length ? letters[i] : `$${(i - letters.length).toString(36)}`;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The wasm (bytes) and its glue (text) with short names for the exports the glue uses only as
 * `wasm.NAME`. Returns `{ wasm, glue, renamed }`.
 */
export function shortenExports(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    if (id !== 7) {
      at = start + size;
      continue;
    }
    let [count, p] = readLeb(bytes, start);
    const entries = [];
    for (let i = 0; i < count; i++) {
      const [length, from] = readLeb(bytes, p);
      const name = text.decode(bytes.subarray(from, from + length));
      const [, next] = readLeb(bytes, from + length + 1);
      entries.push({ name, desc: bytes.subarray(from + length, next) });
      p = next;
    }
    const taken = new Set(entries.map((e) => e.name));
    let out = glue;
    let renamed = 0;
    for (const entry of entries) {
      if (entry.name === 'memory') continue;
      const word = escapeRegExp(entry.name);
      const all = (out.match(new RegExp(`(?<![\\w$])${word}(?![\\w$])`, 'g')) ?? []).length;
      const calls = new RegExp(`(?<![\\w$])wasm\\.${word}(?![\\w$])`, 'g');
      if (all === 0 || (out.match(calls) ?? []).length !== all) continue;
      let name;
      do name = `_${(renamed++).toString(36)}`;
      while (taken.has(name));
      taken.add(name);
      out = out.replace(calls, `wasm.${name}`);
      entry.name = name;
    }
    const section = [...leb(entries.length)];
    for (const entry of entries) {
      const encoded = utf8.encode(entry.name);
      section.push(...leb(encoded.length), ...encoded, ...entry.desc);
    }
    const head = [7, ...leb(section.length)];
    const result = new Uint8Array(at + head.length + section.length + bytes.length - (start + size));
    result.set(bytes.subarray(0, at));
    result.set(head, at);
    result.set(section, at + head.length);
    result.set(bytes.subarray(start + size), at + head.length + section.length);
    return { wasm: result, glue: out, renamed };
  }
  return { wasm: bytes, glue, renamed: 0 };
}

/**
 * The wasm (bytes) and its wasm-bindgen glue (text) with short import names. Returns
 * `{ wasm, glue, renamed }`, `renamed` being how many imports got a new name.
 */
export function shortenImports(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  if (text.decode(bytes.subarray(0, 4)) !== '\0asm') throw new Error('not a wasm module');
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    if (id !== 2) {
      at = start + size;
      continue;
    }
    const entries = readImports(bytes, start, start + size);
    // The glue's import object: `const import0 = { __proto__: null, name: function(...`, and
    // at its end `"./module_bg.js": import0`. One module name is all this step knows.
    const modules = new Set(entries.map((e) => e.module));
    const module = modules.size === 1 ? [...modules][0] : null;
    const moduleKey = module && new RegExp(`"${escapeRegExp(module)}": import0\\b`);
    const newModule = module && (glue.match(new RegExp(moduleKey, 'g')) ?? []).length === 1 ? 'w' : null;
    let out = glue;
    if (newModule) out = out.replace(moduleKey, `${newModule}: import0`);
    let renamed = 0;
    const named = entries.map((entry) => {
      const key = new RegExp(`(?<![\\w$])${escapeRegExp(entry.name)}(?![\\w$])`, 'g');
      const uses = out.match(key) ?? [];
      const asKey = new RegExp(`(?<![\\w$])${escapeRegExp(entry.name)}: function\\(`);
      if (uses.length !== 1 || !asKey.test(out)) return { ...entry, module: newModule ?? entry.module };
      const name = shortName(renamed++);
      out = out.replace(asKey, `${name}: function(`);
      return { ...entry, module: newModule ?? entry.module, name };
    });
    const section = [...leb(named.length)];
    for (const entry of named) {
      for (const s of [entry.module, entry.name]) {
        const encoded = utf8.encode(s);
        section.push(...leb(encoded.length), ...encoded);
      }
      section.push(...entry.desc);
    }
    const result = new Uint8Array(bytes.length - (start + size - at) + 1 + leb(section.length).length + section.length);
    result.set(bytes.subarray(0, at));
    result.set([2, ...leb(section.length), ...section], at);
    result.set(bytes.subarray(start + size), at + 1 + leb(section.length).length + section.length);
    return { wasm: result, glue: out, renamed };
  }
  return { wasm: bytes, glue, renamed: 0 };
}
