// Shared set-up for the browser tests: a static server for the built app, Debian's Chromium,
// a phone-sized page, and the checks a person would make (visible text, roles, labels).
import { spawn } from 'node:child_process';
import { mkdtempSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const DIST = process.env.WM_DIST;
export const TOOL = process.env.WM_TOOL;
if (!DIST || !TOOL) throw new Error('run through ./wm test (WM_DIST and WM_TOOL must be set)');

export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

export const PHONE = { width: 390, height: 844 };
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Serves `dir` on a free loopback port; resolves with { url, stop }. */
export function serve(dir = DIST) {
  return new Promise((resolve, reject) => {
    const child = spawn(TOOL, ['serve', dir, '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) resolve({ url: m[0], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** A copy of the build, for tests that change what the server serves. */
export function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'wm-dist-'));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A browser profile on disk that outlives the browser (for restart tests). */
export async function launchPersistent(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: PHONE,
  });
}

export function profileDir() {
  return mkdtempSync(join(tmpdir(), 'wm-profile-'));
}

/** Fails the test on any script error in the page; collects every request's URL. */
export function watch(page) {
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text() + ' @ ' + JSON.stringify(m.location())); });
  page.on('request', (r) => requests.push(r.url()));
  return { errors, requests };
}

export async function newPhonePage(browser) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  return { context, page };
}

/** Waits until the app has started and shows either the picker or the home screen. */
export async function appReady(page) {
  await page.waitForSelector('.app main:not([aria-busy])', { timeout: 20000 });
}

/** On first start, picks a language by its visible name. */
export async function pickLanguage(page, nativeName) {
  await page.getByRole('button', { name: nativeName }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForSelector('.tiles');
}

export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

/**
 * The fonts Chromium really used to draw the text of the first element matching `selector`
 * (DevTools protocol): [{ familyName, isCustomFont, glyphCount }]. `isCustomFont` is true only
 * for a web font, i.e. one the app shipped, never for a font installed on the machine.
 */
export async function renderedFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`no element ${selector}`);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/**
 * Serves `dir` with Debian's stock nginx on a free loopback port (no special configuration
 * beyond the usual "unknown app addresses get index.html"); resolves with { url, stop }.
 */
export async function serveWithNginx(dir) {
  const { createServer } = await import('node:net');
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => { const p = probe.address().port; probe.close(() => resolve(p)); });
  });
  const { writeFileSync } = await import('node:fs');
  const work = mkdtempSync(join(tmpdir(), 'wm-nginx-'));
  const conf = join(work, 'nginx.conf');
  // Started as root, nginx's workers would drop to "nobody", who may not read the temp dirs.
  const user = process.getuid && process.getuid() === 0 ? 'user root;' : '';
  writeFileSync(conf, `${user}
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { application/manifest+json webmanifest; application/wasm wasm; }
  access_log ${work}/access.log;
  client_body_temp_path ${work}; proxy_temp_path ${work}; fastcgi_temp_path ${work};
  uwsgi_temp_path ${work}; scgi_temp_path ${work};
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    location / { try_files $uri $uri/ /index.html; }
    location /inhalt/ { }
  }
}
`);
  const child = spawn('/usr/sbin/nginx', ['-c', conf, '-p', work, '-g', 'daemon off;'], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(url); break; } catch { await new Promise((r) => setTimeout(r, 50)); }
  }
  return { url, stop: () => child.kill(), log: join(work, 'access.log') };
}

/**
 * A real PNG file (8-bit RGB), built here: `rgb(x, y)` gives each pixel as [r, g, b]; `text`
 * adds a tEXt chunk (e.g. a place name, which the vault must strip).
 */
export function makePng(width, height, rgb, { text } = {}) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = 2;
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height); // each row starts with filter type 0 (none)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set(rgb(x, y), y * stride + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    ...(text ? [chunk('tEXt', Buffer.from(text, 'latin1'))] : []),
    chunk('IDAT', deflateSync(rows, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
