// The build's import renaming: the wasm links the same glue functions under shorter names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortenImports } from '../../scripts/short-imports.mjs';
import { leb, section, sleb, str } from './wasm-bytes.mjs';


/** A module importing `names` (functions () -> i32) from `module` and a memory, exporting
 *  `call(i)`, which calls import i and returns its result. */
function moduleImporting(module, names) {
  const types = section(1, [2, 0x60, 0, 1, 0x7f, 0x60, 1, 0x7f, 1, 0x7f]);
  const imports = section(2, [
    ...leb(names.length + 1),
    ...names.flatMap((n) => [...str(module), ...str(n), 0x00, 0x00]),
    ...str(module), ...str('memory'), 0x02, 0x00, 0x01,
  ]);
  const funcs = section(3, [1, 1]);
  const exports = section(7, [1, ...str('call'), 0x00, ...leb(names.length)]);
  // call(i): a chain of `if i == k then return import k`, then 0.
  const body = [0];
  names.forEach((_, k) => body.push(0x20, 0, 0x41, ...sleb(k), 0x46, 0x04, 0x40, 0x10, ...leb(k), 0x0f, 0x0b));
  body.push(0x41, 0, 0x0b);
  const code = section(10, [1, ...leb(body.length), ...body]);
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports, ...funcs, ...exports, ...code]);
}

/** Glue in wasm-bindgen's shape: an import object whose keys are the import names. */
function glueFor(module, names) {
  const keys = names.map((n, k) => `        ${n}: function() {\n            return ${k + 100};\n        },`).join('\n');
  return `function __wbg_get_imports() {\n    const import0 = {\n        __proto__: null,\n${keys}\n    };\n    return {\n        __proto__: null,\n        "${module}": import0,\n    };\n}\nexport { __wbg_get_imports };\n`;
}

async function link(wasm, glue) {
  const url = `data:text/javascript,${encodeURIComponent(glue)}`;
  const { __wbg_get_imports } = await import(url);
  const imports = __wbg_get_imports();
  for (const m of Object.values(imports)) m.memory = new WebAssembly.Memory({ initial: 1 });
  const { instance } = await WebAssembly.instantiate(wasm, imports);
  return instance.exports.call;
}

test('renamed imports link to the same functions, and the files get smaller', async () => {
  const module = './article-lens-core_bg.js';
  const names = Array.from({ length: 70 }, (_, k) => `__wbg_thing${k}_${(0x9e3779b97f4a7c15n * BigInt(k + 1)).toString(16).slice(-16).padStart(16, '0')}`);
  const wasm = moduleImporting(module, names);
  const glue = glueFor(module, names);
  const short = shortenImports(wasm, glue);
  assert.equal(short.renamed, names.length);
  assert.ok(short.wasm.length < wasm.length - 40 * names.length, `${short.wasm.length} vs ${wasm.length}`);
  for (const n of names) assert.ok(!short.glue.includes(n), n);
  assert.ok(!short.glue.includes(module));
  const before = await link(wasm, glue);
  const after = await link(short.wasm, short.glue);
  for (let k = 0; k < names.length; k++) assert.equal(after(k), before(k));
  assert.equal(after(69), 169);
});

test('a name the glue uses anywhere else is kept as it is', () => {
  const module = './x_bg.js';
  const names = ['__wbg_a_0123456789abcdef', '__wbindgen_init_externref_table'];
  const wasm = moduleImporting(module, names);
  const glue = glueFor(module, names) + 'wasm.__wbindgen_init_externref_table();\n';
  const short = shortenImports(wasm, glue);
  assert.equal(short.renamed, 1);
  assert.ok(short.glue.includes('__wbindgen_init_externref_table: function('));
  assert.ok(new TextDecoder().decode(short.wasm).includes('__wbindgen_init_externref_table'));
});

test('bytes that are not a wasm module are refused', () => {
  assert.throws(() => shortenImports(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), ''), /not a wasm module/);
});

test('exports the glue only calls as wasm.NAME get short names; memory and other uses keep theirs', async () => {
  const { shortenExports } = await import('../../scripts/short-imports.mjs');
  // Functions () -> i32 returning their index, exported under these names, and a memory.
  const names = ['__wasm_bindgen_func_elem_2676', '__wbindgen_export7', 'mount', 'lenshandle_destroy'];
  const types = section(1, [1, 0x60, 0, 1, 0x7f]);
  const funcs = section(3, [names.length, ...names.map(() => 0)]);
  const memory = section(5, [1, 0, 1]);
  const exports = section(7, [names.length + 1, ...names.flatMap((n, k) => [...str(n), 0x00, k]), ...str('memory'), 0x02, 0]);
  const code = section(10, [names.length, ...names.flatMap((_, k) => [4, 0, 0x41, k, 0x0b])]);
  const wasm = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...funcs, ...memory, ...exports, ...code]);
  const glue = 'wasm.__wasm_bindgen_func_elem_2676(); wasm.__wbindgen_export7(); wasm.__wbindgen_export7();\n'
    + 'export function mount() { return wasm.mount(); }\nconst api = { mount };\n'
    + 'wasm.lenshandle_destroy(); wasm.memory.buffer;\n';
  const out = shortenExports(wasm, glue);
  assert.equal(out.renamed, 3);
  assert.equal(out.glue, 'wasm._0(); wasm._1(); wasm._1();\nexport function mount() { return wasm.mount(); }\nconst api = { mount };\nwasm._2(); wasm.memory.buffer;\n');
  const { instance } = await WebAssembly.instantiate(out.wasm);
  assert.deepEqual(Object.keys(instance.exports).sort(), ['_0', '_1', '_2', 'memory', 'mount']);
  assert.equal(instance.exports._0(), 0);
  assert.equal(instance.exports._1(), 1);
  assert.equal(instance.exports.mount(), 2);
  assert.equal(instance.exports._2(), 3);
});
