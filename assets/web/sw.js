// Willkommensmappe service worker: the whole app shell in one versioned cache.
// `wm-tool dist` fills in the build id (a hash of every file) and the file list.
const BUILD = '__BUILD_ID__';
const CACHE = 'wm-shell-' + BUILD;
const FILES = __PRECACHE__;

self.addEventListener('install', (event) => {
  // All or nothing: a version whose files did not all arrive never becomes active.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(FILES.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('wm-shell-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A file of the build answers as itself, also when navigated to (e.g. the manifest);
    // every other page address is the app: answer it with the cached shell.
    const hit = await cache.match(request) ||
      (request.mode === 'navigate' ? await cache.match('/index.html') : undefined);
    return hit || fetch(request);
  })());
});
