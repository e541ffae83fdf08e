// The database worker: owns the SQLite database in OPFS for this tab while it holds the Web Lock.
// One tab at a time: a second tab is told the app is open elsewhere and may take over; the owner
// then answers everything already asked, closes the database, and lets go of the lock.
import init, { open_web_db } from '/__WEBDB_JS__';

const LOCK = 'willkommensmappe-db';
const GRACE_MS = 2000;
let db = null;
let letGo = null;

// The built-in content is fetched while the storage module loads (from the service worker's
// cache when offline); it is installed once the database is open.
const content = fetch('/__CONTENT_JSON__').then((r) => {
  if (!r.ok) throw new Error('the built-in content did not load: HTTP ' + r.status);
  return r.text();
});
content.catch(() => { /* reported when the database opens */ });

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'start') {
    try {
      await init({ module_or_path: '/__WEBDB_WASM__' });
    } catch (e) {
      self.postMessage({ type: 'failed', detail: 'storage module did not load: ' + e });
      return;
    }
    // Not asked to wait: still allow a moment, because on a reload the previous page's worker
    // lets go of the lock only as it is torn down, a little after this page starts.
    const options = msg.wait ? {} : { signal: AbortSignal.timeout(GRACE_MS) };
    navigator.locks.request(LOCK, options, async () => {
      try {
        db = await open_web_db(await content);
      } catch (e) {
        self.postMessage({ type: 'failed', detail: String(e) });
        return;
      }
      self.postMessage({ type: 'ready' });
      await new Promise((resolve) => { letGo = resolve; });
    }).catch((e) => {
      // The grace ran out: another tab really has the database.
      if (e && (e.name === 'TimeoutError' || e.name === 'AbortError')) self.postMessage({ type: 'busy' });
      else self.postMessage({ type: 'failed', detail: String(e) });
    });
  } else if (msg.type === 'call') {
    // Photos travel as buffers beside the JSON and are handed over, not copied.
    const [json, ...buffers] = db ? db.call(msg.json, msg.buffers || [])
      : [JSON.stringify({ failed: { error: 'in-use-elsewhere' } })];
    self.postMessage({ type: 'reply', id: msg.id, json, buffers }, buffers.map((b) => b.buffer));
  } else if (msg.type === 'release') {
    if (db) {
      try { db.release(); } catch (e) { /* the worker ends next; the lock goes with it */ }
      db = null;
    }
    if (letGo) letGo();
    self.postMessage({ type: 'reply', id: msg.id, json: '{}', buffers: [] });
  }
};
