// The editor (dist/editor/): an article imported from Markdown, glossary entries made from its
// words (typed, and selected in the preview), a problem taking the cursor to its field, the
// definition written there, the document downloaded and passing `lens check`; a quote picked
// from the seed's text as a player's evidence; the work kept over a reload; undo and redo;
// axe finds nothing.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const markdown = readFileSync(new URL('../fixtures/import/harbour-talks.md', import.meta.url), 'utf8');

/** The editor, from a clean slate (nothing kept from an earlier test), once it is ready. */
async function openEditor(page) {
  await page.goto('/editor/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);
}

test('editor.html at the dist’s root opens the editor', async ({ page }) => {
  await page.goto('/editor.html');
  await expect(page).toHaveURL(/\/editor\/$/);
  await expect(page.locator('.ed-preview-body h1')).toBeVisible();
});

/** Selects `words` in the preview's article, as a reader's mouse would. */
async function selectInPreview(page, words) {
  await page.evaluate((words) => {
    const body = document.querySelector('.ed-preview-body');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(words);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return;
      }
    }
    throw new Error(`not in the preview: ${words}`);
  }, words);
}

/** The document the editor holds, parsed. */
const documentNow = async (page) => JSON.parse(await page.locator('#ed-json').inputValue());

test('import Markdown, make two entries from its words, fix what the problems say, download a document lens check passes', async ({ page }) => {
  await openEditor(page);
  await page.getByText('Start from an article’s text').click();
  await page.getByLabel(/^Markdown \(front matter optional\)/).fill(markdown);
  await page.getByRole('button', { name: 'Import' }).click();
  const preview = page.locator('.ed-preview-body');
  await expect(preview.locator('h1')).toHaveText('Harbour Talks Test an Old Coast Guard Pact');
  await expect(page.locator('.ed-status')).toContainText('Imported “Harbour Talks Test an Old Coast Guard Pact”');

  // One entry from typed words, one from words selected in the preview.
  await page.getByLabel(/^Words/).fill('harbour master');
  await page.getByLabel('Kind', { exact: true }).selectOption('person');
  await page.getByRole('button', { name: 'Add glossary entry' }).click();
  await expect(page.locator('.ed-status')).toContainText('Added the glossary entry `harbour-master`');
  await selectInPreview(page, 'radar data');
  await expect(page.getByLabel(/^Words/)).toHaveValue('radar data');
  await page.getByLabel('Kind', { exact: true }).selectOption('concept');
  await page.getByRole('button', { name: 'Add glossary entry' }).click();
  await expect(page.locator('.ed-status')).toContainText('`radar-data`');

  // What each still needs, as the validator says; a problem takes the cursor to its field.
  const problems = page.locator('.ed-problem');
  await expect(problems).toHaveCount(2);
  await expect(problems.first()).toContainText('glossary[0].definition');
  for (const definition of ['The official in charge of a port.', 'What each port’s radar sees.']) {
    await problems.first().click();
    await expect(page.locator('#ed-json')).toBeFocused();
    const selected = await page.locator('#ed-json').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
    expect(selected).toBe('""');
    await page.keyboard.type(JSON.stringify(definition));
    await expect(problems).toHaveCount(definition.startsWith('The') ? 1 : 0);
  }
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);

  // A player from the text, two questions, a map, and a stance quoting the article.
  await selectInPreview(page, 'Officials from both ports');
  await page.getByLabel('Player kind').selectOption('organisation');
  await page.getByRole('button', { name: 'Add player' }).click();
  await expect(page.locator('.ed-status')).toContainText('`officials-from-both-ports`');
  for (const [q, lo, hi] of [['How much radar data do they share?', 'None', 'All'], ['Who patrols the strait?', 'One port', 'Both ports']]) {
    await page.getByLabel('New question').fill(q);
    await page.getByLabel('Its -1 end').fill(lo);
    await page.getByLabel('Its +1 end').fill(hi);
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect(page.locator('.ed-status')).toContainText('Added the question');
  }
  await page.getByLabel('Map title').fill('The two ports');
  await page.getByRole('button', { name: 'Add map' }).click();
  await expect(page.locator('.ed-status')).toContainText('Added the map `the-two-ports`');
  await selectInPreview(page, 'We share what we see, not what we guess.');
  await page.getByRole('button', { name: 'Quote as evidence' }).click();
  await expect(page.locator('.ed-status')).toContainText('Quoted the article for `officials-from-both-ports`');
  await page.getByLabel('Place (-1 to 1)').fill('0.6');
  await page.getByRole('button', { name: 'Place the player' }).click();
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText('stances[0].summary');
  await problems.first().click();
  await page.keyboard.type(JSON.stringify('They share what their radar sees.'));
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);
  await expect(preview.locator('.al-maps-title')).toBeVisible();
  // The preview marks both terms; a card opens with the definition written.
  await expect(preview.locator('.al-term', { hasText: 'harbour master' }).first()).toBeVisible();
  await preview.locator('.al-term', { hasText: 'radar data' }).first().click();
  await expect(preview.locator('.al-card')).toContainText('What each port’s radar sees.');

  // Downloaded, the document passes lens check.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download document' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'lens-editor-'));
  const file = join(dir, 'harbour-talks.json');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'lens', '--', 'check', file], { encoding: 'utf8' });
  expect(out).toContain(': ok (');
  const saved = JSON.parse(text);
  // The file is named for the document's id.
  expect(download.suggestedFilename()).toBe(`${saved.id}.json`);
  expect(saved.glossary.map((e) => e.id)).toEqual(['harbour-master', 'radar-data']);
  expect(saved.stances).toEqual([{ player: 'officials-from-both-ports', axis: 'none-all', value: 0.6, basis: 'stated', evidence: ['We share what we see, not what we guess.'], summary: 'They share what their radar sees.' }]);

  // A reader's widget given the downloaded document shows the same marked terms, cards and map.
  const marked = await preview.locator('.al-term').allTextContents();
  const points = await preview.locator('.al-point').evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')));
  expect(points.length).toBeGreaterThan(0);
  const reader = await page.context().newPage();
  await reader.goto('/');
  await reader.evaluate(async (doc) => {
    const { mountLens } = await import('./article-lens.js');
    const el = document.body.appendChild(document.createElement('div'));
    el.id = 'downloaded';
    mountLens(el, { document: doc });
  }, saved);
  const widget = reader.locator('#downloaded');
  await expect(widget.locator('h1')).toHaveText('Harbour Talks Test an Old Coast Guard Pact');
  await expect(widget.locator('.al-term')).toHaveText(marked);
  await expect(widget.locator('.al-point')).toHaveCount(points.length);
  expect(await widget.locator('.al-point').evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')))).toEqual(points);
  await widget.locator('.al-term', { hasText: 'radar data' }).first().click();
  await expect(widget.locator('.al-card')).toContainText('What each port’s radar sees.');
  await reader.close();
});

test('a quote picked from the text becomes a player’s evidence, verbatim; the work survives a reload; undo and redo', async ({ page }) => {
  await openEditor(page);
  const before = await documentNow(page);
  const player = before.players[0];
  const axis = before.axes[0];
  const quote = 'miscalculated the strategic impact of his pitch';
  await selectInPreview(page, quote);
  await page.getByLabel('Player', { exact: true }).selectOption(player.id);
  await page.getByLabel('Question', { exact: true }).selectOption(axis.id);
  await page.getByRole('button', { name: 'Quote as evidence' }).click();
  await expect(page.locator('.ed-status')).toContainText(`Quoted the article for \`${player.id}\``);
  const stance = (await documentNow(page)).stances.find((s) => s.player === player.id && s.axis === axis.id);
  expect(stance.evidence).toContain(quote);
  // Words that are not the article's are refused.
  await page.getByLabel(/^Words/).fill('miscalculated the strategic impact of his speech');
  await page.getByRole('button', { name: 'Quote as evidence' }).click();
  await expect(page.locator('.ed-status')).toContainText('is not the article’s words as written');

  // Placed further than the axis goes: kept at its end; then taken off.
  await page.getByLabel('Place (-1 to 1)').fill('1.7');
  await page.getByLabel('Basis').selectOption('implied');
  await page.getByRole('button', { name: 'Place the player' }).click();
  await expect(page.locator('.ed-status')).toContainText(`Placed \`${player.id}\``);
  const placed = (await documentNow(page)).stances.find((s) => s.player === player.id && s.axis === axis.id);
  expect([placed.value, placed.basis, placed.evidence.includes(quote)]).toEqual([1, 'implied', true]);

  await page.reload();
  await expect(page.locator('.ed-count')).toHaveText(/problem/);
  expect((await documentNow(page)).stances.find((s) => s.player === player.id && s.axis === axis.id)?.evidence).toContain(quote);

  // Undo and redo (the history is this visit's).
  await page.getByLabel(/^Words/).fill('Vientiane');
  await page.getByRole('button', { name: 'Add glossary entry' }).click();
  await expect(page.locator('.ed-status')).toContainText('`vientiane`');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(((await documentNow(page)).glossary ?? []).some((e) => e.id === 'vientiane')).toBe(false);
  await page.getByRole('button', { name: 'Redo' }).click();
  expect(((await documentNow(page)).glossary ?? []).some((e) => e.id === 'vientiane')).toBe(true);

  // The stance's summary, written in its own field (it starts from the stance's, here none).
  const summary = page.getByLabel(/^Why it sits there/);
  await page.getByLabel('Player', { exact: true }).selectOption(player.id);
  await page.getByLabel('Question', { exact: true }).selectOption(axis.id);
  await expect(summary).toHaveValue(stance.summary);
  await summary.fill('The article reads him as set on the idea.');
  await page.getByRole('button', { name: 'Set the summary' }).click();
  await expect(page.locator('.ed-status')).toContainText(`Wrote the summary for \`${player.id}\``);
  expect((await documentNow(page)).stances.find((s) => s.player === player.id && s.axis === axis.id).summary).toBe('The article reads him as set on the idea.');
  // Another question shows its own stance's summary.
  const other = before.stances.find((s) => s.player === player.id && s.axis !== axis.id);
  await page.getByLabel('Question', { exact: true }).selectOption(other.axis);
  await expect(summary).toHaveValue(other.summary);
});

test('the mentions panel: a name the article repeats becomes an entry, a near miss becomes a form', async ({ page }) => {
  await openEditor(page);
  const panel = page.locator('.ed-mentions');
  // The seed repeats "Tokyo" (3 times) with no entry for it.
  const tokyo = panel.locator('li', { hasText: '“Tokyo”, 3 times' });
  await expect(tokyo).toHaveCount(1);
  await page.getByLabel('Kind', { exact: true }).selectOption('place');
  await tokyo.getByRole('button', { name: 'Add “Tokyo” to the glossary' }).click();
  await expect(page.locator('.ed-status')).toContainText('`tokyo`');
  const entry = (await documentNow(page)).glossary.find((e) => e.id === 'tokyo');
  expect([entry.term, entry.kind]).toEqual(['Tokyo', 'place']);
  // An entry for the singular of words the article has in the plural: a near miss, fixed.
  await page.getByLabel(/^Words/).fill('stakeholder');
  await page.getByLabel('Kind', { exact: true }).selectOption('concept');
  await page.getByRole('button', { name: 'Add glossary entry' }).click();
  await expect(page.locator('.ed-status')).toContainText('`stakeholder`');
  const near = panel.locator('li', { hasText: '“stakeholders” is near “stakeholder”' });
  await expect(near.first()).toBeVisible();
  await near.first().getByRole('button', { name: 'Add “stakeholders” as a form of `stakeholder`' }).click();
  await expect(page.locator('.ed-status')).toContainText('Added a form to `stakeholder`');
  expect((await documentNow(page)).glossary.find((e) => e.id === 'stakeholder').aliases).toEqual(['stakeholders']);
  // Definitions for both (through their problems), so the preview shows the document again.
  const definitions = page.locator('.ed-problem', { hasText: 'definition' });
  await expect(definitions).toHaveCount(2);
  await definitions.first().click();
  await page.keyboard.type('"The capital of Japan."');
  // The problems are read again once the typing rests: then the next one.
  await expect(definitions).toHaveCount(1);
  await definitions.first().click();
  await page.keyboard.type('"A party with an interest in what is decided."');
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);
  await expect(panel.locator('li', { hasText: '“Tokyo”' })).toHaveCount(0);
  await expect(panel.locator('li', { hasText: 'is near “stakeholder”' })).toHaveCount(0);
});

test('files opened: an article’s Markdown, a document, and the glossary library it names', async ({ page }) => {
  // A document made by lens import with the worked example's library.
  const dir = mkdtempSync(join(tmpdir(), 'lens-editor-files-'));
  const doc = join(dir, 'harbour-talks.json');
  execFileSync('cargo', ['run', '--quiet', '--bin', 'lens', '--', 'import', 'tests/fixtures/import/harbour-talks.md', '--library', 'tests/fixtures/import/maritime-glossary.json', '--out', doc]);
  await openEditor(page);
  await page.getByLabel(/^Open a file/).setInputFiles('tests/fixtures/import/harbour-talks.md');
  await expect(page.locator('.ed-preview-body h1')).toHaveText('Harbour Talks Test an Old Coast Guard Pact');
  await page.getByLabel(/^Open a file/).setInputFiles(doc);
  await expect(page.locator('.ed-status')).toContainText('Opened “harbour-talks.json”');
  await expect(page.locator('.ed-problem')).toContainText(['maritime-glossary.json” could not be fetched (open the library’s file in the editor)']);
  await page.getByLabel(/^Open a file/).setInputFiles('tests/fixtures/import/maritime-glossary.json');
  await expect(page.locator('.ed-status')).toContainText('Opened the glossary library “maritime-glossary.json”');
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);
  const library = JSON.parse(readFileSync('tests/fixtures/import/maritime-glossary.json', 'utf8'));
  await expect(page.locator('.ed-preview-body .al-term').first()).toBeVisible();
  const terms = await page.locator('.ed-preview-body .al-term').allTextContents();
  expect(terms.some((t) => library.entries.some((e) => e.term === t || (e.aliases ?? []).includes(t)))).toBe(true);
});

/** Presses Tab until `target` has focus (it is in the keyboard's reach), at most `limit` times. */
async function tabTo(page, target, limit = 400) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached by Tab: ${target}`);
}

test('keyboard only: import Markdown, two entries, their definitions, a player quoted and placed, a summary, download', async ({ page }) => {
  await openEditor(page);
  const key = (name) => page.keyboard.press(name);
  const type = (text) => page.keyboard.type(text);
  const status = page.locator('.ed-status');
  await tabTo(page, page.locator('summary', { hasText: 'Start from an article’s text' }));
  await key('Enter');
  await tabTo(page, page.getByLabel(/^Markdown \(front matter optional\)/));
  await page.keyboard.insertText(markdown);
  await tabTo(page, page.getByRole('button', { name: 'Import', exact: true }));
  await key('Enter');
  await expect(page.locator('.ed-preview-body h1')).toHaveText('Harbour Talks Test an Old Coast Guard Pact');

  // Two entries from the article's words, typed (the keyboard's selection), with their kinds.
  for (const [words, kind, id] of [['harbour master', 'person', 'harbour-master'], ['radar data', 'concept', 'radar-data']]) {
    await tabTo(page, page.getByLabel(/^Words/));
    await key('ControlOrMeta+a');
    await type(words);
    await tabTo(page, page.getByLabel('Kind', { exact: true }));
    await type(kind);
    await tabTo(page, page.getByRole('button', { name: 'Add glossary entry' }));
    await key('Enter');
    await expect(status).toContainText(`\`${id}\``);
  }
  // Their definitions, in the definition tool.
  for (const [term, definition] of [['harbour master', 'The official in charge of a port.'], ['radar data', 'What each port’s radar sees.']]) {
    await tabTo(page, page.getByLabel(/^Entry to define/));
    await type(term);
    await tabTo(page, page.getByLabel('Definition', { exact: true }));
    await key('ControlOrMeta+a');
    await type(definition);
    await tabTo(page, page.getByRole('button', { name: 'Set the definition' }));
    await key('Enter');
    await expect(status).toContainText('Wrote the definition of');
  }
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);

  // A player, two questions, a map, a quote as evidence, a place.
  await tabTo(page, page.getByLabel(/^Words/));
  await key('ControlOrMeta+a');
  await type('Officials from both ports');
  await tabTo(page, page.getByLabel('Player kind'));
  await type('organisation');
  await tabTo(page, page.getByRole('button', { name: 'Add player' }));
  await key('Enter');
  await expect(status).toContainText('`officials-from-both-ports`');
  for (const [q, lo, hi] of [['How much radar data do they share?', 'None', 'All'], ['Who patrols the strait?', 'One port', 'Both ports']]) {
    for (const [label, text] of [['New question', q], ['Its -1 end', lo], ['Its +1 end', hi]]) {
      await tabTo(page, page.getByLabel(label));
      await key('ControlOrMeta+a');
      await type(text);
    }
    await tabTo(page, page.getByRole('button', { name: 'Add question' }));
    await key('Enter');
    await expect(status).toContainText('Added the question');
  }
  await tabTo(page, page.getByLabel('Map title'));
  await type('The two ports');
  await tabTo(page, page.getByRole('button', { name: 'Add map' }));
  await key('Enter');
  await expect(status).toContainText('Added the map `the-two-ports`');
  await tabTo(page, page.getByLabel(/^Words/));
  await key('ControlOrMeta+a');
  await type('We share what we see, not what we guess.');
  await tabTo(page, page.getByRole('button', { name: 'Quote as evidence' }));
  await key('Enter');
  await expect(status).toContainText('Quoted the article for `officials-from-both-ports`');
  await tabTo(page, page.getByLabel('Place (-1 to 1)'));
  await key('ControlOrMeta+a');
  await type('0.6');
  await tabTo(page, page.getByRole('button', { name: 'Place the player' }));
  await key('Enter');

  // The one problem left: its button takes the cursor to the summary, which is typed there.
  const problem = page.locator('.ed-problem');
  await expect(problem).toHaveCount(1);
  await tabTo(page, problem);
  await key('Enter');
  await expect(page.locator('#ed-json')).toBeFocused();
  await type(JSON.stringify('They share what their radar sees.'));
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);

  // Downloaded by the keyboard: the same document the mouse's run made.
  await tabTo(page, page.getByRole('link', { name: 'Download document' }));
  const [download] = await Promise.all([page.waitForEvent('download'), key('Enter')]);
  const dir = mkdtempSync(join(tmpdir(), 'lens-editor-keys-'));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(execFileSync('cargo', ['run', '--quiet', '--bin', 'lens', '--', 'check', file], { encoding: 'utf8' })).toContain(': ok (');
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.glossary.map((e) => [e.id, e.kind, e.definition])).toEqual([
    ['harbour-master', 'person', 'The official in charge of a port.'],
    ['radar-data', 'concept', 'What each port’s radar sees.'],
  ]);
  expect(saved.stances).toEqual([{ player: 'officials-from-both-ports', axis: 'none-all', value: 0.6, basis: 'stated', evidence: ['We share what we see, not what we guess.'], summary: 'They share what their radar sees.' }]);
});

test('the editor is usable by keyboard at 320 px and axe finds nothing', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await openEditor(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  // By keyboard: the words field, the kind, the button.
  await page.getByLabel(/^Words/).focus();
  await page.keyboard.type('Vientiane');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add glossary entry' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.ed-status')).toContainText('`vientiane`');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await context.close();
});

test('the site’s glossary libraries are offered: chosen, their entries mark the article; dropped, what depended on them is a problem', async ({ page }) => {
  await openEditor(page);
  const libraries = page.locator('.ed-libraries');
  const indoPacific = libraries.getByRole('checkbox', { name: /Indo-Pacific security .*\.\.\/glossaries\/indo-pacific\.json, 62 entries/ });
  // The first article uses it.
  await expect(indoPacific).toBeChecked();
  await indoPacific.uncheck();
  await expect(page.locator('.ed-status')).toContainText('No longer using the library `../glossaries/indo-pacific.json`');
  // Its notes on the library's entries now name no entry.
  await expect(page.locator('.ed-problem').first()).toContainText('in_article.');
  await expect(page.locator('.ed-stale')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(indoPacific).toBeChecked();
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);

  // A new article, imported from plain text, chooses it: its terms are marked and carded.
  await page.getByText('Start from an article’s text').click();
  await page.getByLabel(/^Markdown \(front matter optional\)/).fill('Talks on the Quad\n\nThe Quad met as AUKUS partners watched. The Quad will meet again.');
  await page.getByRole('radio', { name: 'plain text' }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.ed-preview-body h1')).toHaveText('Talks on the Quad');
  await expect(indoPacific).not.toBeChecked();
  await expect(page.locator('.ed-preview-body .al-term')).toHaveCount(0);
  await indoPacific.check();
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);
  // Each term marked at its first mention (the widget's default marking).
  await expect(page.locator('.ed-preview-body .al-term')).toHaveText(['Quad', 'AUKUS']);
  expect(JSON.parse(await page.locator('#ed-json').inputValue()).libraries).toEqual(['../glossaries/indo-pacific.json']);
  await page.locator('.ed-preview-body .al-term').first().click();
  await expect(page.locator('.ed-preview-body .al-card')).toContainText('Quadrilateral');
});

test('a point dragged on the preview’s map is placed where it is let go, within the axes', async ({ page }) => {
  await openEditor(page);
  const before = await documentNow(page);
  const map = before.maps[0];
  const place = (doc, player, axis) => doc.stances.find((s) => s.player === player && s.axis === axis)?.value;
  // A player placed on both of the first map's questions (Ishiba, at 0.9 and 0.8).
  const index = before.players.findIndex((p) => [map.x, map.y].every((axis) => place(before, p.id, axis) !== undefined));
  const player = before.players[index];
  const [x0, y0] = [place(before, player.id, map.x), place(before, player.id, map.y)];
  expect([x0, y0]).toEqual([0.9, 0.8]);
  const point = page.locator(`.ed-preview-body [id$="-pt0-${index}"]`);
  await point.scrollIntoViewIfNeeded();
  const box = await point.boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  // Towards the middle, left and down by 40 pixels, in steps as a hand moves.
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx - 40, cy + 40, { steps: 5 });
  await expect(point).toHaveAttribute('transform', /translate/);
  await page.mouse.up();
  await expect(page.locator('.ed-status')).toContainText(`Moved \`${player.id}\``);
  const moved = await documentNow(page);
  const [x1, y1] = [place(moved, player.id, map.x), place(moved, player.id, map.y)];
  expect(x1).toBeLessThan(x0 - 0.05);
  expect(y1).toBeLessThan(y0 - 0.05);
  expect([x1, y1].every((v) => Math.round(v * 100) / 100 === v)).toBe(true);
  // The preview shows it moved (drawn anew, left of and below where it was).
  const after = await page.locator(`.ed-preview-body [id$="-pt0-${index}"]`).boundingBox();
  expect(after.x).toBeLessThan(box.x - 20);
  expect(after.y).toBeGreaterThan(box.y + 20);
  // Dragged far past the plot, the point stops at the axes' ends.
  await page.mouse.move(after.x + after.width / 2, after.y + after.height / 2);
  await page.mouse.down();
  await page.mouse.move(after.x + 3000, after.y - 3000, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => {
    const doc = await documentNow(page);
    return [place(doc, player.id, map.x), place(doc, player.id, map.y)];
  }).toEqual([1, 1]);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(place(await documentNow(page), player.id, map.x)).toBe(x1);
});

test('a library entry’s definition written in the editor changes the library: previewed, kept, undone, downloaded as a library lens check passes', async ({ page }) => {
  await openEditor(page);
  const library = JSON.parse(readFileSync('glossaries/indo-pacific.json', 'utf8'));
  const quad = library.entries.find((e) => e.id === 'quad');
  const before = await page.locator('#ed-json').inputValue();
  await page.getByLabel(/^Entry to define/).selectOption({ label: 'Quad (indo-pacific.json)' });
  await expect(page.getByLabel('Definition', { exact: true })).toHaveValue(quad.definition);
  const definition = 'Australia, India, Japan and the United States, meeting on Indo-Pacific security.';
  await page.getByLabel('Definition', { exact: true }).fill(definition);
  await page.getByRole('button', { name: 'Set the definition' }).click();
  await expect(page.locator('.ed-status')).toContainText('Wrote the definition of `quad`');
  // The document is as it was; the library is changed, and offered for download.
  expect(await page.locator('#ed-json').inputValue()).toBe(before);
  const link = page.getByRole('link', { name: 'Download library “indo-pacific.json”' });
  await expect(link).toBeVisible();
  const card = async () => {
    await page.locator('.ed-preview-body .al-term', { hasText: /^Quad$/ }).first().click();
    return page.locator('.ed-preview-body .al-card');
  };
  await expect(await card()).toContainText(definition);

  // Kept for the next visit.
  await page.reload();
  await expect(link).toBeVisible();
  await expect(await card()).toContainText(definition);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('indo-pacific.json');
  const dir = mkdtempSync(join(tmpdir(), 'lens-editor-library-'));
  const file = join(dir, 'indo-pacific.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.entries.find((e) => e.id === 'quad').definition).toBe(definition);
  expect(saved.entries.length).toBe(library.entries.length);
  expect(execFileSync('cargo', ['run', '--quiet', '--bin', 'lens', '--', 'check', file], { encoding: 'utf8' })).toContain(': ok (');

  // A changed library is held to the library rules: a definition emptied is a problem in it.
  await page.getByLabel(/^Entry to define/).selectOption({ label: 'Quad (indo-pacific.json)' });
  await page.getByLabel('Definition', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Set the definition' }).click();
  await expect(page.locator('.ed-problem').first()).toContainText('indo-pacific.json');
  await expect(page.locator('.ed-problem').first()).toContainText('definition');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.ed-count')).toHaveText(/No problems/);

  // Undone (this visit's history starts from the kept work, so write it again first).
  await page.getByLabel(/^Entry to define/).selectOption({ label: 'Quad (indo-pacific.json)' });
  await page.getByLabel('Definition', { exact: true }).fill(quad.definition);
  await page.getByRole('button', { name: 'Set the definition' }).click();
  await expect(await card()).toContainText(quad.definition);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(await card()).toContainText(definition);
});
