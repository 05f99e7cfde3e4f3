// Screenshots of the served reader at phone and desktop widths, light and dark, for a person
// to look at. Usage: node scripts/screenshots.mjs [URL] [OUTDIR]  (serve first: node tests/e2e/server.mjs 4173).
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const url = process.argv[2] || 'http://127.0.0.1:4173/';
const out = process.argv[3] || 'bench/out/screens';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const width of [320, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 640 : 900 }, colorScheme: scheme });
    await page.goto(url);
    await page.locator('.al-mount h1').waitFor();
    const name = `${out}/${width}-${scheme}`;
    await page.screenshot({ path: `${name}.png` });
    await page.screenshot({ path: `${name}-full.png`, fullPage: true });
    // A card open on the first marked term, if there is one.
    const term = page.locator('.al-mount .al-term').nth(2);
    if (await term.count()) {
      await term.scrollIntoViewIfNeeded();
      await term.focus();
      await page.locator('.al-mount .al-card.is-placed').waitFor();
      await page.waitForTimeout(250); // let the fade-in finish
      await page.screenshot({ path: `${name}-card.png` });
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
