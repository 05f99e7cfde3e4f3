// The seed article's own text (tests/fixtures/seed), as the tests read it: the passages a reader
// must find on the page, word for word, and the source page's chrome that must not be there.
import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../fixtures/seed/asian-nato.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim());
/** The seed's line `n` (from 1), without its surrounding white space. */
export const line = (n) => seed[n - 1];
const bodyLines = [19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55];

/** The seed's 22 passages: headline, dek, caption and its 19 body blocks. */
export const passages = [line(3), line(11), line(15), ...bodyLines.map(line)];

/** Words of the source page's chrome (menus, adverts), which are not the article. */
export const chrome = ['Recent Features', 'Dreaming of a career', "Try The Diplomat's jobs board.", 'Find your Asia-Pacific job'];
