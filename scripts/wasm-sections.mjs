// Reading and rewriting a wasm module's sections, for the build steps that tidy the widget's
// wasm (short-imports.mjs, unused-exports.mjs): LEB128 numbers, the list of sections, one
// section replaced, and the export section's entries.

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

/** A name as the binary format writes it: its length, then its UTF-8 bytes. */
export function encodeName(name) {
  const bytes = utf8.encode(name);
  return [...leb(bytes.length), ...bytes];
}

/** Reads a name at `at`: [name, next offset]. */
export function readName(bytes, at) {
  const [length, from] = readLeb(bytes, at);
  return [text.decode(bytes.subarray(from, from + length)), from + length];
}

/** The module's sections in order: `{ id, at, start, end }` (`at`: the id byte; `start`..`end`:
 *  the contents). Throws on bytes that are not a wasm module. */
export function sections(wasm) {
  const bytes = new Uint8Array(wasm);
  if (text.decode(bytes.subarray(0, 4)) !== '\0asm') throw new Error('not a wasm module');
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const [size, start] = readLeb(bytes, at + 1);
    out.push({ id: bytes[at], at, start, end: start + size });
    at = start + size;
  }
  return out;
}

/** The module with `section` (one of [`sections`]) left out, or given the contents `body`. */
export function replaceSection(wasm, section, body = null) {
  const bytes = new Uint8Array(wasm);
  const middle = body === null ? [] : [section.id, ...leb(body.length), ...body];
  const out = new Uint8Array(section.at + middle.length + bytes.length - section.end);
  out.set(bytes.subarray(0, section.at));
  out.set(middle, section.at);
  out.set(bytes.subarray(section.end), section.at + middle.length);
  return out;
}

/** The export section's entries: `{ name, desc }` (`desc`: the kind byte and index). */
export function readExports(wasm, section) {
  const bytes = new Uint8Array(wasm);
  let [count, at] = readLeb(bytes, section.start);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const [name, kind] = readName(bytes, at);
    const [, next] = readLeb(bytes, kind + 1);
    entries.push({ name, desc: bytes.subarray(kind, next) });
    at = next;
  }
  return entries;
}

/** An export section's contents for `entries` (as [`readExports`] gives them). */
export function exportSection(entries) {
  const body = [...leb(entries.length)];
  for (const entry of entries) body.push(...encodeName(entry.name), ...entry.desc);
  return body;
}
