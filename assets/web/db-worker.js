// The database worker: owns the SQLite database in OPFS for this tab while it holds the Web Lock.
// One tab at a time: a second tab is told the app is open elsewhere and may take over; the owner
// then answers everything already asked, closes the database, and lets go of the lock.
import init, { open_web_db } from '/__WEBDB_JS__';

const LOCK = 'willkommensmappe-db';
let db = null;
let letGo = null;

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'start') {
    try {
      await init({ module_or_path: '/__WEBDB_WASM__' });
    } catch (e) {
      self.postMessage({ type: 'failed', detail: 'storage module did not load: ' + e });
      return;
    }
    navigator.locks.request(LOCK, { ifAvailable: !msg.wait }, async (lock) => {
      if (!lock) {
        self.postMessage({ type: 'busy' });
        return;
      }
      try {
        db = await open_web_db();
      } catch (e) {
        self.postMessage({ type: 'failed', detail: String(e) });
        return;
      }
      self.postMessage({ type: 'ready' });
      await new Promise((resolve) => { letGo = resolve; });
    });
  } else if (msg.type === 'call') {
    const json = db ? db.call(msg.json)
      : JSON.stringify({ status: 'failed', error: { kind: 'in-use-elsewhere' } });
    self.postMessage({ type: 'reply', id: msg.id, json });
  } else if (msg.type === 'release') {
    if (db) {
      try { db.release(); } catch (e) { /* the worker ends next; the lock goes with it */ }
      db = null;
    }
    if (letGo) letGo();
    self.postMessage({ type: 'reply', id: msg.id, json: '{}' });
  }
};
