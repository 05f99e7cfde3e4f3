// The stance map as a reader uses it: points named for screen readers, selection with evidence
// and highlighted mentions, "show on the map" from the text, keyboard, table view, downloads.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const doc = JSON.parse(readFileSync(new URL('../../content/asian-nato.json', import.meta.url), 'utf8'));
const regional = doc.maps[0];
const player = (id) => doc.players.find((p) => p.id === id);
const placed = (id) => doc.stances.filter((s) => s.player === id && [regional.x, regional.y].includes(s.axis));
/** The players drawn on the regional map (placed on at least one of its questions). */
const drawnPlayers = () => regional.players.filter((id) => placed(id).length > 0);
const point = (page, name) => page.locator('.al-point').filter({ has: page.locator('*') }).and(page.locator(`[aria-label^="${name}:"]`));

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.locator('.al-maps').scrollIntoViewIfNeeded();
  await expect(page.locator('.al-point').first()).toBeVisible();
});

test('every placed player is a named point; unplaced ones are listed, not guessed', async ({ page }) => {
  const points = page.locator('.al-point');
  const drawn = drawnPlayers();
  await expect(points).toHaveCount(drawn.length);
  for (const id of drawn) await expect(point(page, player(id).name)).toHaveCount(1);
  // Taiwan is named in the article but placed on neither question.
  await expect(page.locator('.al-unplaced')).toContainText('Taiwan');
  await expect(page.locator('.al-map-summary')).toContainText('Not characterised by the article');
});

test('selecting a player shows its evidence and highlights its mentions; Escape clears', async ({ page }) => {
  await point(page, 'China').click();
  const panel = page.getByRole('group', { name: 'Evidence for China' });
  await expect(panel).toBeVisible();
  await expect(point(page, 'China')).toHaveAttribute('aria-pressed', 'true');
  await expect(point(page, 'China')).toHaveClass(/is-selected/);
  await expect(page.locator('.al-point[aria-pressed="true"]')).toHaveCount(1);
  for (const s of placed('china')) for (const q of s.evidence) await expect(panel).toContainText(q);
  const highlighted = page.locator('.al-mention.is-highlighted');
  expect(await highlighted.count()).toBeGreaterThan(3);
  await expect(highlighted.filter({ hasText: 'Beijing' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(highlighted).toHaveCount(0);
  await expect(panel).toBeHidden();
  await expect(page.locator('.al-point[aria-pressed="true"]')).toHaveCount(0);
  await expect(page.locator('.al-point[tabindex="0"]')).toHaveCount(1);
});

test('an evidence quote takes the reader to its passage', async ({ page }) => {
  await point(page, 'China').click();
  const panel = page.getByRole('group', { name: 'Evidence for China' });
  await panel.getByRole('link', { name: 'Go to the passage' }).first().click();
  const cited = page.locator('.is-cited');
  await expect(cited).toHaveCount(1);
  await expect(cited).toContainText(placed('china')[0].evidence[0]);
});

test('“Show on the map” in a glossary card selects and focuses the player’s point', async ({ page }) => {
  await page.getByRole('radio', { name: 'All mentions' }).check();
  const beijing = page.locator('.al-term', { hasText: /^Beijing$/ }).first();
  await beijing.scrollIntoViewIfNeeded();
  await beijing.click();
  await page.getByRole('dialog', { name: 'China' }).getByRole('button', { name: 'Show on the map' }).click();
  const china = point(page, 'China');
  await expect(china).toBeFocused();
  await expect(china).toHaveAttribute('aria-pressed', 'true');
});

test('arrow keys move between points; Enter selects', async ({ page }) => {
  const first = page.locator('.al-point[tabindex="0"]');
  await expect(first).toHaveCount(1);
  await first.focus();
  const before = await first.getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  const focused = page.locator('.al-point:focus');
  await expect(focused).toHaveCount(1);
  expect(await focused.getAttribute('aria-label')).not.toBe(before);
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowLeft');
  expect(await page.locator('.al-point:focus').getAttribute('aria-label')).toBe(before);
});

test('the table holds the same players as the map, with evidence', async ({ page }) => {
  await page.getByRole('button', { name: 'Table' }).click();
  const rows = page.locator('.al-table tbody tr');
  await expect(rows).toHaveCount(regional.players.length);
  for (const id of regional.players) await expect(page.locator('.al-table tbody th', { hasText: player(id).name })).toHaveCount(1);
  await expect(page.locator('.al-table')).toContainText(placed('ishiba')[0].evidence[0]);
});

test('the second map and the grouping outline', async ({ page }) => {
  await page.getByRole('button', { name: doc.maps[1].title }).click();
  await expect(page.locator('.al-point')).toHaveCount(doc.maps[1].players.length);
  await page.getByRole('button', { name: doc.maps[0].title }).click();
  await page.getByLabel('Outline a grouping').selectOption({ label: 'Indo-Pacific 4' });
  // Each member drawn on the map is ringed, and only the members: the other points are dimmed.
  const ip4 = doc.groupings.find((g) => g.name === 'Indo-Pacific 4');
  const drawn = drawnPlayers();
  const members = drawn.filter((id) => ip4.members.includes(id));
  expect(members.length).toBeGreaterThan(1);
  await expect(page.locator('.al-outline')).toHaveCount(members.length);
  await expect(page.locator('.al-point:not(.is-dimmed)')).toHaveCount(members.length);
  await expect(page.locator('.al-point.is-dimmed')).toHaveCount(drawn.length - members.length);
  await expect(page.locator('.al-grouping-note')).toContainText('stated by the article');
});

test('the data downloads as CSV and JSON without a request', async ({ page }) => {
  const csv = page.getByRole('link', { name: 'CSV' });
  const href = await csv.getAttribute('href');
  expect(href.startsWith('data:text/csv')).toBe(true);
  const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  expect(text.trim().split('\r\n')).toHaveLength(regional.players.length + 1);
  const json = await page.getByRole('link', { name: 'JSON' }).getAttribute('href');
  const data = JSON.parse(decodeURIComponent(json.slice(json.indexOf(',') + 1)));
  expect(data.players).toHaveLength(regional.players.length);
});

test('on a phone, labels that had to become numbers are explained under the chart', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const numbers = page.locator('.al-label.is-number');
  await expect(numbers.first()).toBeAttached();
  const key = page.locator('.al-number-key');
  for (const n of await numbers.allTextContents()) {
    const named = key.locator('b', { hasText: new RegExp(`^${n}$`) });
    await expect(named).toHaveCount(1);
  }
  // Each number stands for a player drawn on the map.
  const text = await key.textContent();
  const names = doc.players.filter((p) => regional.players.includes(p.id)).map((p) => p.label);
  for (const part of text.split(' · ')) expect(names).toContain(part.replace(/^\d+ /, ''));
});

test('on a phone, the table shows every column without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const wrap = page.locator('.al-table-wrap');
  await expect(wrap).toBeVisible();
  const { scroll, client } = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  // Each cell says what it is, and the evidence of the first row is in sight of its player.
  const evidence = page.locator('.al-table tbody tr').first().locator('.al-table-evidence');
  expect(await evidence.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Evidence"');
  const box = await evidence.boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  // Still a table to assistive technology.
  await expect(page.getByRole('table')).toHaveCount(1);
  await expect(page.getByRole('rowheader', { name: player('china').name })).toHaveCount(1);
});

test('on a phone, a selection is highlighted at once, then its evidence is drawn and brought into view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  const china = point(page, 'China');
  // The chart's bottom at the screen's bottom: the evidence under it starts out of sight.
  await page.locator('.al-chart').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  const heading = page.locator('.al-evidence-name');
  // In the first frame after the click the point is highlighted; the panel, the larger piece
  // of work, is not built before that frame (it follows once the frame has been painted).
  const firstFrame = await china.evaluate((el) => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const root = el.getRootNode();
    return new Promise((resolve) => requestAnimationFrame(() => resolve({
      selected: el.classList.contains('is-selected'),
      panel: root.querySelector('.al-evidence') !== null,
    })));
  });
  expect(firstFrame).toEqual({ selected: true, panel: false });
  await expect(heading).toHaveText('China');
  await expect(heading).toBeInViewport();
  await expect(china).toBeInViewport();
});
