// Article Lens's iframe parent script: resizes every <iframe> showing embed.html to the height
// its page reports (the Datawrapper and pym.js message shapes; see js/embed-frame.js), so the
// frame never scrolls inside. Only messages from the frames themselves are heeded. Without it
// (or without JavaScript) a frame keeps the height its own attributes give.
(() => {
  const number = (v) => (typeof v === 'number' && v > 0 && v < 1e6 ? Math.ceil(v) : null);
  /** The height a message reports, or null. */
  function heightOf(data) {
    if (data && typeof data === 'object' && data['datawrapper-height']) {
      return Object.values(data['datawrapper-height']).map(number).find((h) => h) ?? null;
    }
    if (typeof data === 'string' && data.startsWith('pymxPYMx')) {
      const [, , kind, value] = data.split('xPYMx');
      return kind === 'height' ? number(Number(value)) : null;
    }
    return null;
  }
  addEventListener('message', (event) => {
    const height = heightOf(event.data);
    if (height === null) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      // The frame's inside is `height` tall: a border-box frame adds its border and padding.
      const style = getComputedStyle(frame);
      const extra = style.boxSizing === 'border-box'
        ? frame.offsetHeight - frame.clientHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
        : 0;
      frame.style.height = `${height + extra}px`;
    }
  });
})();
