// Benchmark: start-up time and download size of the release web build (./wm bench).
// Prints figures; asserts nothing (machines here are noisy, budgets are judged by people).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, serve, launchPersistent, profileDir, appReady } from './helpers.mjs';

const RUNS = Number(process.env.WM_BENCH_RUNS || 12);

function files(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

function sizes() {
  const rows = files(DIST).map((f) => {
    const bytes = readFileSync(join(DIST, f));
    return { f, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
  });
  const code = rows.filter((r) => /\.(wasm|js|css)$/.test(r.f));
  const fonts = rows.filter((r) => /\.woff2$/.test(r.f));
  const sum = (rs, k) => rs.reduce((a, r) => a + r[k], 0);
  console.log('\nTransfer size (gzip -9):');
  for (const r of code) console.log(`  ${r.f.padEnd(34)} ${String(r.raw).padStart(9)} B raw ${String(r.gz).padStart(9)} B gz`);
  console.log(`  code total (wasm + js + css)       ${(sum(code, 'gz') / 1024).toFixed(0)} KiB gz  (budget 1536 KiB)`);
  console.log(`  fonts (${fonts.length} woff2, already compressed) ${(sum(fonts, 'raw') / 1024).toFixed(0)} KiB`);
  const content = rows.filter((r) => /^content-[0-9a-f]+\.json$/.test(r.f));
  console.log(`  built-in content (data the worker installs) ${(sum(content, 'gz') / 1024).toFixed(0)} KiB gz`);
  const start = code.filter((r) => !/^(webdb|db-worker)/.test(r.f));
  console.log(`  of which the UI (main thread)      ${(sum(start, 'gz') / 1024).toFixed(0)} KiB gz; storage worker ${((sum(code, 'gz') - sum(start, 'gz')) / 1024).toFixed(0)} KiB gz`);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** One cold load: fresh browser process, no HTTP cache, no service worker. */
async function coldLoad(url, dir, ready) {
  const context = await launchPersistent(dir);
  const page = context.pages()[0] || await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.route('**/sw.js', (route) => route.abort());
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(ready, { timeout: 30000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

const server = await serve();
try {
  sizes();
  // A profile that has chosen its language: the home screen is what a returning user sees.
  const returning = profileDir();
  {
    const context = await launchPersistent(returning);
    const page = context.pages()[0] || await context.newPage();
    await page.goto(server.url);
    await appReady(page);
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForSelector('.tiles');
    await context.close();
  }
  const home = [];
  const first = [];
  for (let i = 0; i < RUNS; i++) {
    home.push(await coldLoad(server.url, returning, '.tiles .tile'));
    first.push(await coldLoad(server.url, profileDir(), '.language-option'));
  }
  console.log(`\nCold start to interactive (${RUNS} loads each, fresh browser process, empty HTTP cache):`);
  console.log(`  home screen, returning user (ar)   median ${median(home).toFixed(0)} ms  min ${Math.min(...home).toFixed(0)}  max ${Math.max(...home).toFixed(0)}  (budget 1000 ms)`);
  console.log(`  language picker, first visit       median ${median(first).toFixed(0)} ms  min ${Math.min(...first).toFixed(0)}  max ${Math.max(...first).toFixed(0)}`);
} finally {
  server.stop();
}
