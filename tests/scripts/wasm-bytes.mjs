// Byte builders for the build scripts' tests: small wasm modules written by hand, with an
// encoder of their own (not the one under test).

/** An unsigned LEB128 number's bytes. */
export const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};

/** A signed LEB128 number's bytes, for i32.const (values below 8192). */
export const sleb = (n) => (n < 64 ? [n] : [0x80 | (n & 0x7f), n >> 7]);

/** A name: its length, then its UTF-8 bytes. */
export const str = (s) => {
  const bytes = new TextEncoder().encode(s);
  return [...leb(bytes.length), ...bytes];
};

/** A section: its id, its length, its contents. */
export const section = (id, body) => [id, ...leb(body.length), ...body];
