// The build's removal of exported classes the widget never uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropClasses } from '../../scripts/unused-exports.mjs';
import { leb, section, str } from './wasm-bytes.mjs';

/** A module exporting functions () -> i32 under `names`, function k returning k. */
function moduleExporting(names) {
  const types = section(1, [1, 0x60, 0, 1, 0x7f]);
  const funcs = section(3, [...leb(names.length), ...names.map(() => 0)]);
  const exports = section(7, [...leb(names.length), ...names.flatMap((n, k) => [...str(n), 0x00, ...leb(k)])]);
  const bodies = names.map((_, k) => [4, 0, 0x41, k, 0x0b]);
  const code = section(10, [...leb(names.length), ...bodies.flat()]);
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...funcs, ...exports, ...code]);
}

/** Glue in wasm-bindgen 0.2.130's shape for the classes `Foo` and `Kept`. */
const glue = `export class Foo {
    free() {
        wasm.__wbg_foo_free(this.__wbg_ptr, 0);
    }
    pull() {
        return wasm.foo_pull(this.__wbg_ptr);
    }
}
if (Symbol.dispose) Foo.prototype[Symbol.dispose] = Foo.prototype.free;

export class Kept {
    free() {
        wasm.__wbg_kept_free(this.__wbg_ptr, 0);
    }
}
export function mount() {
    return wasm.mount();
}
const FooFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_foo_free(ptr, 1));
const KeptFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_kept_free(ptr, 1));
`;

test("a class's glue and its wasm exports go; everything else stays and works", async () => {
  const wasm = moduleExporting(['__wbg_foo_free', 'foo_pull', 'mount', '__wbg_kept_free', 'food']);
  const out = dropClasses(wasm, glue, ['Foo']);
  assert.equal(out.skipped, undefined);
  assert.equal(out.removed, 2);
  assert.doesNotMatch(out.glue, /Foo|foo_/);
  assert.match(out.glue, /export class Kept \{/);
  assert.match(out.glue, /export function mount\(\)/);
  assert.match(out.glue, /const KeptFinalization = /);
  const { instance } = await WebAssembly.instantiate(out.wasm);
  assert.deepEqual(Object.keys(instance.exports).sort(), ['__wbg_kept_free', 'food', 'mount']);
  assert.equal(instance.exports.mount(), 2);
  assert.equal(instance.exports.food(), 4);
});

test('a glue that still uses the class, or does not have it, is left as it is', () => {
  const wasm = moduleExporting(['__wbg_foo_free', 'foo_pull']);
  const used = dropClasses(wasm, `${glue}new Foo();\n`, ['Foo']);
  assert.match(used.skipped, /still uses Foo/);
  assert.equal(used.glue, `${glue}new Foo();\n`);
  assert.equal(used.wasm, wasm);
  assert.match(dropClasses(wasm, glue, ['Bar']).skipped, /no class Bar/);
});

test('custom sections go; the module still works', async () => {
  const { withoutCustomSections } = await import('../../scripts/unused-exports.mjs');
  const plain = moduleExporting(['mount']);
  const custom = (name, body) => section(0, [...str(name), ...body]);
  const noted = new Uint8Array([...plain.subarray(0, 8), ...custom('producers', [1, 2, 3]), ...plain.subarray(8), ...custom('target_features', [4])]);
  const out = withoutCustomSections(noted);
  assert.deepEqual([...out], [...plain]);
  const { instance } = await WebAssembly.instantiate(out);
  assert.equal(instance.exports.mount(), 0);
});
