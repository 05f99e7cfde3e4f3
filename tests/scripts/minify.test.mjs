// The build's minifier: smaller stylesheets with the same meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { minifyCss } from '../../scripts/minify.mjs';

test('comments and white space go; strings, calc() operators and descendant combinators stay', () => {
  const css = `/* head */
.a > .b ,
.c  :focus-visible {
  content: " · ";   /* kept as written */
  margin: calc(1px + 2px) 0;
}
@media (min-width: 40rem) and (prefers-color-scheme: dark) { .d { color: red; } }
`;
  assert.equal(
    minifyCss(css),
    '.a>.b,.c :focus-visible{content: " · ";margin: calc(1px + 2px) 0}@media (min-width: 40rem) and (prefers-color-scheme: dark){.d{color: red}}\n',
  );
});

test('the widget stylesheet keeps every rule and every string', () => {
  const css = readFileSync(new URL('../../style/article-lens.css', import.meta.url), 'utf8');
  const min = minifyCss(css);
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  assert.equal(min.split('{').length, noComments.split('{').length);
  for (const s of noComments.match(/"[^"]*"/g) ?? []) assert.ok(min.includes(s), s);
  assert.ok(min.length < css.length * 0.85);
});
