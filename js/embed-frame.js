// The iframe embed's own script (embed.html): one article, no page chrome, sized by its parent.
// It reads the frame's address (`?doc=content/NAME.json&theme=&marks=&view=&lang=`; a `#lens-term=` or
// `#lens-player=` fragment is the widget's own), puts one <article-lens> on the page, and tells
// the parent page the document's height whenever it changes, in the two message shapes the
// embed ecosystem already speaks:
//   Datawrapper: { "datawrapper-height": { "<frame id>": <px> } }
//   pym.js:      "pymxPYMx<frame id>xPYMxheightxPYMx<px>"
// The frame id is `?id=` (pym.js's `childId` and Datawrapper's chart id), else `article-lens`.
// No inline script or style: a strict Content-Security-Policy allows it.
const params = new URLSearchParams(location.search);
const frameId = params.get('id') || 'article-lens';

const lens = document.createElement('article-lens');
const doc = params.get('doc');
// Only a document of this site's own, by a relative path: the frame loads nothing from elsewhere.
if (doc && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(doc)) lens.setAttribute('src', doc);
for (const name of ['theme', 'marks', 'view', 'lang']) {
  const value = params.get(name);
  if (value) lens.setAttribute(name, value);
}
document.querySelector('main').append(lens);
if (!lens.hasAttribute('src')) {
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.textContent = doc
    ? `Article Lens: “${doc}” is not a document of this site: give doc= a path such as content/asian-nato.json.`
    : 'Article Lens: no document: give the frame’s address doc=content/NAME.json.';
  lens.replaceWith(note);
}

/** The page's height: its document's, or further down where an open card reaches below it (a
 *  card is positioned over the article, outside the flow). */
function pageHeight() {
  const bottoms = [...(lens.shadowRoot?.querySelectorAll('.al-card') ?? [])].map((card) => card.getBoundingClientRect().bottom + scrollY);
  return Math.ceil(Math.max(document.documentElement.getBoundingClientRect().height, ...bottoms));
}

/** Tells the parent the page's height, once per change. */
let last = -1;
function report() {
  const height = pageHeight();
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ 'datawrapper-height': { [frameId]: height } }, '*');
  window.parent.postMessage(`pymxPYMx${frameId}xPYMxheightxPYMx${height}`, '*');
}
new ResizeObserver(report).observe(document.documentElement);
// Cards open and close inside the widget's shadow root: watched there once it exists.
lens.addEventListener('lens-ready', () => {
  if (lens.shadowRoot) new MutationObserver(() => requestAnimationFrame(report)).observe(lens.shadowRoot, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
}, { once: true });
lens.addEventListener('lens-ready', report);
report();
