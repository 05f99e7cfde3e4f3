// Mounting from code: fetch the document yourself (or build it), mount, listen, destroy.
import { mountLens } from '/article-lens.js';

const host = document.getElementById('host');
const log = (line) => (document.getElementById('log').textContent += `${line}\n`);
for (const name of ['lens-ready', 'lens-error', 'lens-termopen', 'lens-playerselect']) {
  host.addEventListener(name, (event) => log(`${name} ${JSON.stringify(event.detail)}`));
}

const doc = await (await fetch('/content/asian-nato.json')).json();
const lens = mountLens(host, { document: doc, theme: 'light', marks: 'all' });
document.getElementById('destroy').addEventListener('click', () => {
  lens.destroy();
  log('destroyed');
});
