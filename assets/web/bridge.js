// The page side of storage and of the service worker. The Rust UI calls window.wmBridge.
(() => {
  'use strict';
  const channel = 'BroadcastChannel' in self ? new BroadcastChannel('willkommensmappe') : null;
  let worker = null;
  let ready = null;         // Promise<'owner' | 'busy' | 'failed:…'>
  let role = 'starting';
  const pending = new Map();
  let nextId = 1;
  const events = [];
  const waiters = [];

  function emit(name) {
    const waiter = waiters.shift();
    if (waiter) waiter(name); else events.push(name);
  }

  // Resolves with the worker's answer: [json, ...buffers].
  function send(message, transfer) {
    return new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ ...message, id }, transfer || []);
    });
  }

  function startWorker(wait) {
    if (worker) worker.terminate();
    worker = new Worker('/__WORKER_JS__', { type: 'module' });
    ready = new Promise((resolve) => {
      worker.onmessage = (event) => {
        const m = event.data;
        if (m.type === 'ready') { role = 'owner'; resolve('owner'); }
        else if (m.type === 'busy') { role = 'busy'; worker.terminate(); worker = null; resolve('busy'); }
        else if (m.type === 'failed') { role = 'failed'; resolve('failed:' + m.detail); }
        else if (m.type === 'reply') { const r = pending.get(m.id); pending.delete(m.id); if (r) r([m.json, ...m.buffers]); }
      };
      worker.onerror = (e) => { role = 'failed'; resolve('failed:' + (e.message || 'worker error')); };
      worker.postMessage({ type: 'start', wait });
    });
  }

  // Another tab wants the database: finish what was asked, close, let go, and say so.
  if (channel) {
    channel.onmessage = async (event) => {
      if (event.data && event.data.type === 'take-over' && role === 'owner') {
        role = 'taken';
        await send({ type: 'release' });
        worker.terminate();
        worker = null;
        emit('taken-over');
      }
    };
  }

  // UI strings are fetched once per language; the remembered language (and the languages its
  // text falls back to, as in wm_core::i18n::LANGUAGES) starts loading at once, while the
  // app's code is still downloading.
  const locales = new Map();
  function loadLocale(code) {
    if (!locales.has(code)) {
      locales.set(code, fetch(`/locales/${encodeURIComponent(code)}.ftl`)
        .then((r) => (r.ok ? r.text() : null)).catch(() => null));
    }
    return locales.get(code);
  }
  const FALLBACKS = { prs: ['fa', 'en'], ps: ['prs', 'fa', 'en'], en: [] };
  try {
    const hint = localStorage.getItem('wm-language');
    if (hint && hint !== 'de') [hint, ...(FALLBACKS[hint] || ['en'])].forEach(loadLocale);
  } catch (e) { /* private mode: nothing remembered */ }

  // A storage error in the protocol's JSON (serde's external tagging, see wm_core::api).
  const refusal = (kind, detail) => [JSON.stringify({ failed: { error: detail ? { [kind]: { detail } } : kind } })];

  self.wmBridge = {
    // A request as JSON plus the byte buffers it refers to ("#0", "#1", …); answers the same way.
    async call(json, buffers) {
      const state = await ready;
      if (state === 'owner' && role === 'owner') {
        return send({ type: 'call', json, buffers }, buffers.map((b) => b.buffer));
      }
      if (state.startsWith('failed:')) return refusal('storage', state.slice(7));
      return refusal('in-use-elsewhere');
    },
    async takeOver() {
      startWorker(true);
      if (channel) channel.postMessage({ type: 'take-over' });
      await ready;
    },
    nextEvent() {
      if (events.length) return Promise.resolve(events.shift());
      return new Promise((resolve) => waiters.push(resolve));
    },
    rememberLanguage(code) { try { localStorage.setItem('wm-language', code); } catch (e) { /* private mode */ } },
    languageHint() { try { return localStorage.getItem('wm-language'); } catch (e) { return null; } },
    // Tests pin the clock by setting window.WM_NOW (an RFC 3339 instant) before the app starts.
    nowMillis() { const pinned = self.WM_NOW && Date.parse(self.WM_NOW); return pinned || Date.now(); },
    // Where content updates come from: the <meta> `wm-tool dist` wrote, relative to the app's
    // root (not to the current route).
    contentOrigin() {
      const meta = document.querySelector('meta[name="wm-content-origin"]');
      return meta && meta.content ? new URL(meta.content, location.origin + '/').href : null;
    },
    trustedKeys() {
      const meta = document.querySelector('meta[name="wm-trusted-keys"]');
      return meta ? meta.content : '';
    },
    // 'yes' on mobile data or with Data Saver on, 'no' on Wi-Fi or cable, null where the
    // browser does not say (most browsers outside Android).
    metered() {
      const c = navigator.connection;
      if (!c) return null;
      if (c.saveData || c.type === 'cellular') return 'yes';
      if (c.type === 'wifi' || c.type === 'ethernet') return 'no';
      return null;
    },
    // UI strings of languages the code does not carry (German is built in).
    loadLocale(code) { return loadLocale(code); },
    // Reminders as system notifications, while the app is open (see README, "Reminders").
    notificationPermission() { return 'Notification' in self ? Notification.permission : 'unsupported'; },
    async askNotificationPermission() {
      if (!('Notification' in self)) return 'unsupported';
      try { return await Notification.requestPermission(); } catch (e) { return Notification.permission; }
    },
    notify(title, body) {
      if (!('Notification' in self) || Notification.permission !== 'granted') return;
      const options = { body, lang: document.documentElement.lang, dir: document.documentElement.dir, tag: title + body };
      // Android's Chrome shows notifications only through the service worker.
      const direct = () => { try { new Notification(title, options); } catch (e) { /* not in this browser */ } };
      if ('serviceWorker' in navigator) {
        navigator.serviceWorker.getRegistration().then((reg) => (reg ? reg.showNotification(title, options) : direct())).catch(direct);
      } else {
        direct();
      }
    },
    // Vault pages are shown from blob: URLs, which the view revokes when it goes.
    objectUrl(mime, bytes) { return URL.createObjectURL(new Blob([bytes], { type: mime })); },
    revokeUrl(url) { URL.revokeObjectURL(url); },
    // A JPEG preview at most `size` pixels across, or null if the image cannot be decoded.
    async preview(mime, bytes, size) {
      try {
        const bitmap = await createImageBitmap(new Blob([bytes], { type: mime }));
        const scale = Math.min(1, size / Math.max(bitmap.width, bitmap.height));
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(bitmap.width * scale));
        canvas.height = Math.max(1, Math.round(bitmap.height * scale));
        canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        bitmap.close();
        const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.75));
        return new Uint8Array(await blob.arrayBuffer());
      } catch (e) {
        return null;
      }
    },
    sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); },
    applyUpdate() {
      navigator.serviceWorker.getRegistration().then((reg) => {
        if (reg && reg.waiting) reg.waiting.postMessage('skip-waiting'); else location.reload();
      });
    },
  };

  // The app going to the background (tab hidden, phone locked, app switched) locks the vault.
  document.addEventListener('visibilitychange', () => { if (document.hidden) emit('hidden'); });
  startWorker(false);

  // Offline shell. A new version installs in the background and waits; the app offers
  // "Update now", and every open tab reloads together when it takes over, so no page runs a
  // mix of old and new files.
  if ('serviceWorker' in navigator) {
    const hadController = !!navigator.serviceWorker.controller;
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloading || !hadController) return;
      reloading = true;
      location.reload();
    });
    navigator.serviceWorker.register('/sw.js').then((reg) => {
      const watch = (sw) => {
        if (!sw) return;
        const check = () => { if (sw.state === 'installed' && navigator.serviceWorker.controller) emit('update-ready'); };
        sw.addEventListener('statechange', check);
        check();
      };
      watch(reg.waiting);
      reg.addEventListener('updatefound', () => watch(reg.installing));
    }).catch(() => { /* no offline mode in this browser; the app still works online */ });
  }
})();
