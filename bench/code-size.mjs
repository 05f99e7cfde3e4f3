// Where the reader's wasm code goes, by crate: the size of each function's body in a build that
// keeps the names section (before wasm-bindgen and wasm-opt, so larger than what ships, and
// with wasm-bindgen's `__wbindgen_describe` functions that it then removes), summed by the
// first crate its name mentions (see `crate` below). A lead for cutting bytes, not the budget's measure
// (that is bench/run.mjs's bytes table).
// Usage:
//   CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --target wasm32-unknown-unknown \
//     --bin article-lens-core --target-dir target/names
//   node bench/code-size.mjs target/names/wasm32-unknown-unknown/release/article-lens-core.wasm
import { readFileSync } from 'node:fs';

const CRATES = ['serde_path_to_error', 'serde_wasm_bindgen', 'tachys', 'reactive_graph', 'leptos', 'article_lens',
  'wasm_bindgen_futures', 'wasm_bindgen', 'js_sys', 'web_sys', 'hashbrown', 'aho_corasick', 'dlmalloc', 'serde_json',
  'serde', 'hydration_context', 'indexmap', 'futures', 'alloc', 'core', 'std', '__wbindgen'];
const STD = ['alloc', 'core', 'std'];

const buf = readFileSync(process.argv[2]);
let at = 8;
/** An unsigned LEB128 number at `at`. */
function leb() {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}
const skipName = () => { at += leb(); };
let imported = 0;
const bodies = [];
const names = new Map();
while (at < buf.length) {
  const id = buf[at++];
  const end = leb() + at;
  if (id === 2) {
    // Imports: only imported functions count in the function index space.
    for (let n = leb(); n > 0; n--) {
      skipName();
      skipName();
      const kind = buf[at++];
      if (kind === 0) { leb(); imported++; }
      else if (kind === 1) { at++; if (buf[at++] & 1) { leb(); } leb(); }
      else if (kind === 2) { if (buf[at++] & 1) { leb(); } leb(); }
      else if (kind === 3) { at += 2; }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const size = leb();
      bodies.push(size);
      at += size;
    }
  } else if (id === 0) {
    const length = leb();
    const section = buf.subarray(at, at + length).toString();
    at += length;
    while (section === 'name' && at < end) {
      const sub = buf[at++];
      const subEnd = leb() + at;
      for (let n = sub === 1 ? leb() : 0; n > 0; n--) {
        const index = leb();
        const size = leb();
        names.set(index, buf.subarray(at, at + size).toString());
        at += size;
      }
      at = subEnd;
    }
  }
  at = end;
}
const byCrate = new Map();
bodies.forEach((size, i) => {
  const name = names.get(i + imported) ?? '';
  // The first crate the name mentions, not counting the standard library's (`core::ptr::
  // drop_in_place<tachys::…>` is tachys's cost); the standard library's only when it is alone.
  const first = (crates) => crates.map((c) => [name.indexOf(c), c]).filter(([i]) => i >= 0).sort((a, b) => a[0] - b[0])[0]?.[1];
  const crate = first(CRATES.filter((c) => !STD.includes(c))) ?? first(STD) ?? '(other)';
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
});
const total = bodies.reduce((a, b) => a + b, 0);
console.log(`${total.toLocaleString('en-US')} bytes of code in ${bodies.length.toLocaleString('en-US')} functions`);
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1])) {
  console.log(`${size.toLocaleString('en-US').padStart(9)}  ${(size / total * 100).toFixed(1).padStart(5)}%  ${crate}`);
}
