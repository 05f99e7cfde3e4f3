// The standalone reader's own script: registers the service worker that makes it work offline.
// (The embed never registers one: a host page owns its service worker scope.)
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {
    // No offline copy this time; the reader works as it is.
  });
}
