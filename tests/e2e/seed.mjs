// The seed document as the widget shows it: its glossary resolved from its library by
// `lens resolve`, for tests that look up its entries or serve it as one self-contained file.
import { execFileSync } from 'node:child_process';

/** The resolved seed's JSON text. */
export const seedText = execFileSync('cargo', ['run', '--quiet', '--bin', 'lens', '--', 'resolve', 'content/asian-nato.json'], { encoding: 'utf8' });

/** A fresh copy of the resolved seed, to read or edit. */
export const seed = () => JSON.parse(seedText);
