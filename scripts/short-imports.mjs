// Build step (called by minify.mjs, before the glue is minified): gives the wasm's imports short
// names. wasm-bindgen names each function the wasm imports from its JS glue after the Rust or
// web-sys function plus a 16-digit hash (`__wbg_getBoundingClientRect_329ca748ec918b0c`), and
// every import repeats the glue's module name (`./article-lens-core_bg.js`). The names are
// written twice, in the wasm's import section and as the keys of the glue's import object, and
// the hashes do not compress: about 150 imports cost some 2 KB gzip in each file. Renaming
// both sides to `a`, `b`, ... `$0` changes nothing else: the wasm links the same functions.
//
// Only names found exactly once in the glue, as an import object key, are renamed; anything
// else (a glue shape this step does not know) is left as wasm-bindgen wrote it.
//
// The same for the wasm's exports the glue calls (`wasm.__wasm_bindgen_func_elem_2676`,
// `wasm.__wbindgen_export7`...): renamed `_0`, `_1`, ... where the glue only ever uses them as
// `wasm.NAME`. `memory` keeps its name (the embed script reads it for the benchmark).
// Usage: import { shortenImports } from './short-imports.mjs'

import { encodeName, exportSection, leb, readExports, readLeb, readName, replaceSection, sections } from './wasm-sections.mjs';

/** The import section's entries: module, name, and the bytes of the description after them. */
function readImports(bytes, start, end) {
  let [count, at] = readLeb(bytes, start);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const strings = [];
    for (let s = 0; s < 2; s++) {
      let name;
      [name, at] = readName(bytes, at);
      strings.push(name);
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
  const section = sections(wasm).find((x) => x.id === 7);
  if (!section) return { wasm: new Uint8Array(wasm), glue, renamed: 0 };
  const entries = readExports(wasm, section);
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
  return { wasm: replaceSection(wasm, section, exportSection(entries)), glue: out, renamed };
}

/**
 * The wasm (bytes) and its wasm-bindgen glue (text) with short import names. Returns
 * `{ wasm, glue, renamed }`, `renamed` being how many imports got a new name.
 */
export function shortenImports(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  const section = sections(bytes).find((x) => x.id === 2);
  if (!section) return { wasm: bytes, glue, renamed: 0 };
  const entries = readImports(bytes, section.start, section.end);
  // The glue's import object: `const import0 = { __proto__: null, name: function(...`, and
  // at its end `"./module_bg.js": import0`. One module name is all this step knows.
  const modules = new Set(entries.map((e) => e.module));
  const module = modules.size === 1 ? [...modules][0] : null;
  const moduleKey = module && new RegExp(`"${escapeRegExp(module)}": import0\\b`);
  const newModule = module && (glue.match(new RegExp(moduleKey, 'g')) ?? []).length === 1 ? 'w' : null;
  let out = glue;
  if (newModule) out = out.replace(moduleKey, `${newModule}: import0`);
  let renamed = 0;
  const body = [...leb(entries.length)];
  for (const entry of entries) {
    const key = new RegExp(`(?<![\\w$])${escapeRegExp(entry.name)}(?![\\w$])`, 'g');
    const asKey = new RegExp(`(?<![\\w$])${escapeRegExp(entry.name)}: function\\(`);
    let name = entry.name;
    if ((out.match(key) ?? []).length === 1 && asKey.test(out)) {
      name = shortName(renamed++);
      out = out.replace(asKey, `${name}: function(`);
    }
    body.push(...encodeName(newModule ?? entry.module), ...encodeName(name), ...entry.desc);
  }
  return { wasm: replaceSection(bytes, section, body), glue: out, renamed };
}
