// The foundation's user journeys in headless Chromium at a phone viewport, against the release
// web build served like any static host would serve it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTIFACTS, serve, launch, launchPersistent, profileDir, newPhonePage, watch, appReady, pickLanguage,
  waitForServiceWorker, renderedFonts, copyOfDist, PHONE,
} from './helpers.mjs';

const TILE_NAMES_DE = ['Erste Schritte', 'Kontakte & Ämter', 'MEB-Büro', 'Mieterführerschein', 'Bus',
  'Dokumente', 'Kalender', 'Notizen', 'Notfall', 'Einstellungen'];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('first start: pick العربية, layout turns right-to-left with Arabic from the bundled font', async () => {
  const { context, page } = await newPhonePage(browser);
  const seen = watch(page);
  await page.goto(server.url);
  await appReady(page);
  // The picker shows every language by its own name.
  for (const name of ['Deutsch', 'English', 'العربية', 'فارسی', 'دری', 'پښتو', 'ትግርኛ', 'Soomaali', 'Kurmancî',
    'Türkçe', 'Українська', 'Русский']) {
    await assert.doesNotReject(page.getByRole('button', { name }).waitFor(), name);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'first-start.png') });
  await pickLanguage(page, 'العربية');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  await page.getByRole('link', { name: 'الحافلة' }).waitFor();
  // In RTL the first tile sits on the right.
  const first = await page.locator('.tile').nth(0).boundingBox();
  const second = await page.locator('.tile').nth(1).boundingBox();
  assert.ok(first.x > second.x, `first tile should be right of the second in RTL (${first.x} vs ${second.x})`);
  await page.evaluate(() => document.fonts.ready);
  const fonts = await renderedFonts(page, '.tile-bus .tile-label');
  const arabic = fonts.find((f) => /Arabic/.test(f.familyName));
  assert.ok(arabic && arabic.isCustomFont, `Arabic must be drawn with the bundled web font, got ${JSON.stringify(fonts)}`);
  await page.screenshot({ path: join(ARTIFACTS, 'home-ar.png') });
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('Tigrinya renders with the bundled Ethiopic font; the language survives a reload', async () => {
  const { context, page } = await newPhonePage(browser);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'ትግርኛ');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ti');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('WM Ethiopic') && f.status === 'loaded').length);
  assert.ok(loaded >= 1, 'the bundled Ethiopic font face is loaded');
  const fonts = await renderedFonts(page, '.tile-settings .tile-label');
  const ethiopic = fonts.find((f) => /Ethiopic/.test(f.familyName));
  assert.ok(ethiopic && ethiopic.isCustomFont && ethiopic.glyphCount > 0, `got ${JSON.stringify(fonts)}`);
  await page.screenshot({ path: join(ARTIFACTS, 'home-ti.png') });
  await page.reload();
  await appReady(page);
  await page.waitForSelector('.tiles');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ti');
  await page.getByRole('link', { name: 'ምድላዋት' }).waitFor();
  await context.close();
});

test('settings: switch language later, text size and contrast apply and survive an immediate reload', async () => {
  const { context, page } = await newPhonePage(browser);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'Deutsch');
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.page h2')).fontSize));
  await page.getByRole('radio', { name: 'Sehr groß' }).check();
  await page.waitForSelector('.app[data-text-size="extra-large"]');
  // Reload right away: the change was confirmed by storage before the UI showed it.
  await page.reload();
  await appReady(page);
  await page.waitForSelector('.app[data-text-size="extra-large"]');
  const afterSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.page h2')).fontSize));
  assert.ok(afterSize > before * 1.3, `text grows (${before} → ${afterSize})`);
  assert.ok(await page.getByRole('radio', { name: 'Sehr groß' }).isChecked());

  await page.getByRole('checkbox', { name: 'Hoher Kontrast' }).check();
  await page.waitForSelector('.app[data-contrast="high"]');
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.page-header')).backgroundColor);
  assert.equal(bg, 'rgb(0, 0, 0)');
  await page.reload();
  await appReady(page);
  await page.waitForSelector('.app[data-contrast="high"]');

  await page.getByRole('button', { name: /Українська/ }).click();
  await page.getByRole('heading', { name: 'Налаштування' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'uk');
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { name: 'Налаштування' }).waitFor();
  await context.close();
});

test('restarting the browser keeps the language', async () => {
  const dir = profileDir();
  let context = await launchPersistent(dir);
  let page = context.pages()[0] || await context.newPage();
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'فارسی');
  await context.close();
  context = await launchPersistent(dir);
  page = context.pages()[0] || await context.newPage();
  await page.goto(server.url);
  await appReady(page);
  await page.waitForSelector('.tiles');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fa');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});

test('offline: after one visit the app reloads and works with no network', async () => {
  const { context, page } = await newPhonePage(browser);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'English');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  // A deep link typed while offline is answered by the cached app too.
  await page.goto(server.url + 'soon/bus');
  await page.getByRole('heading', { name: 'Coming soon' }).waitFor();
  // Storage works offline too.
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Large', exact: true }).check();
  await page.waitForSelector('.app[data-text-size="large"]');
  await page.screenshot({ path: join(ARTIFACTS, 'offline-en.png') });
  await context.close();
});

test('keyboard: every tile is reachable with Tab and opens with Enter', async () => {
  const { context, page } = await newPhonePage(browser);
  await page.goto(server.url);
  await appReady(page);
  // The language picker itself works by keyboard.
  await page.keyboard.press('Tab');
  const firstFocus = await page.evaluate(() => document.activeElement.textContent);
  assert.match(firstFocus, /Deutsch/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tiles');
  const reached = new Set();
  for (let i = 0; i < 30 && reached.size < TILE_NAMES_DE.length; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement.closest('.tile')?.textContent?.trim());
    if (name) reached.add(name);
  }
  assert.deepEqual([...reached].sort(), [...TILE_NAMES_DE].sort());
  // Focus is visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.match(page.url(), /\/settings$/);
  // Every tile has an accessible name (the icon is hidden from screen readers).
  await page.goBack();
  await page.waitForSelector('.tiles');
  for (const name of TILE_NAMES_DE) await page.getByRole('link', { name, exact: true }).waitFor();
  await context.close();
});

test('coming-soon pages are honest and lead back; the back arrow mirrors in RTL', async () => {
  const { context, page } = await newPhonePage(browser);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'پښتو');
  await page.locator('.tile-bus').click();
  await page.getByRole('heading', { name: 'بس', exact: true }).waitFor();
  await page.getByText('ژر راځي').waitFor();
  const transform = await page.evaluate(() => getComputedStyle(document.querySelector('.back .icon svg')).transform);
  assert.equal(transform, 'matrix(-1, 0, 0, 1, 0, 0)');
  await page.getByRole('link', { name: 'شاته' }).click();
  await page.waitForSelector('.tiles');
  await context.close();
});

test('two tabs: one owns the data, the other can take over, and no write is lost', async () => {
  const { context, page: a } = await newPhonePage(browser);
  await a.goto(server.url);
  await appReady(a);
  await pickLanguage(a, 'Deutsch');
  await a.getByRole('link', { name: 'Einstellungen' }).click();
  await a.getByRole('radio', { name: 'Groß', exact: true }).check();
  await a.waitForSelector('.app[data-text-size="large"]');

  const b = await context.newPage();
  await b.goto(server.url);
  await b.getByRole('button', { name: 'Hier benutzen' }).waitFor();
  await b.getByText('in einem anderen Fenster offen').waitFor();
  await b.getByRole('button', { name: 'Hier benutzen' }).click();
  await b.waitForSelector('.tiles');
  // B sees what A wrote …
  assert.equal(await b.evaluate(() => document.querySelector('.app').dataset.textSize), 'large');
  // … and A now says where the app is, instead of writing into a database it no longer holds.
  await a.getByRole('button', { name: 'Hier benutzen' }).waitFor();
  await b.getByRole('link', { name: 'Einstellungen' }).click();
  await b.getByRole('checkbox', { name: 'Hoher Kontrast' }).check();
  await b.waitForSelector('.app[data-contrast="high"]');

  await a.getByRole('button', { name: 'Hier benutzen' }).click();
  await a.waitForSelector('.app[data-contrast="high"][data-text-size="large"]');
  await b.getByRole('button', { name: 'Hier benutzen' }).waitFor();
  await context.close();
});

test('the app talks to no host but its own', async () => {
  const { context, page } = await newPhonePage(browser);
  const seen = watch(page);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'Soomaali');
  await page.getByRole('link', { name: 'Dejinta' }).click();
  await page.waitForTimeout(500);
  const origin = new URL(server.url).origin;
  const foreign = seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a new version is offered, applied on request, and every file comes from one version', async () => {
  const dir = copyOfDist();
  const own = await serve(dir);
  const { context, page } = await newPhonePage(browser);
  await page.goto(own.url);
  await appReady(page);
  await pickLanguage(page, 'English');
  await waitForServiceWorker(page);
  const oldBuild = await page.evaluate(() => document.querySelector('meta[name=wm-build]').content);

  // Deploy "a new build": a different build id in the service worker and the page.
  const newBuild = 'f00dfeedf00dfeed';
  for (const f of ['sw.js', 'index.html']) {
    writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replaceAll(oldBuild, newBuild));
  }
  // The user keeps using the old version until they agree; then all of the new one.
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Update now' }).waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => document.querySelector('meta[name=wm-build]').content), oldBuild);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
  await appReady(page);
  assert.equal(await page.evaluate(() => document.querySelector('meta[name=wm-build]').content), newBuild);
  const caches = await page.evaluate(() => caches.keys());
  assert.deepEqual(caches, ['wm-shell-' + newBuild]);
  // Settings made under the old version are still there.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await context.close();
  own.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('phone viewport has no horizontal scrolling in any script', async () => {
  for (const name of ['Deutsch', 'العربية', 'ትግርኛ', 'Українська']) {
    const { context, page } = await newPhonePage(browser);
    await page.goto(server.url);
    await appReady(page);
    await pickLanguage(page, name);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `${name}: page is ${width}px wide`);
    await context.close();
  }
});

// Names of the files in the browser's OPFS pool (sqlite-wasm-vfs "sahpool" keeps them in
// .willkommensmappe/.opaque/), read from each slot's header: its first bytes hold the name. Runs in a page of the app's origin with the app not running.
async function poolNames(page) {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const pool = await root.getDirectoryHandle('.willkommensmappe');
    const dir = await pool.getDirectoryHandle('.opaque');
    const names = [];
    for await (const [, handle] of dir.entries()) {
      if (handle.kind !== 'file') continue;
      const head = new Uint8Array(await (await handle.getFile()).slice(0, 512).arrayBuffer());
      const end = head.indexOf(0);
      if (end > 0) names.push(new TextDecoder().decode(head.slice(0, end)));
    }
    return names.sort();
  });
}

test('an unreadable database in the browser is explained, kept as a copy, and replaced only on request', async () => {
  const { context, page } = await newPhonePage(browser);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'English');
  await page.close();
  // Damage the database with the app closed: overwrite its first pages, keep the pool's header.
  const tool = await context.newPage();
  await tool.goto(server.url + 'manifest.webmanifest');
  assert.deepEqual(await poolNames(tool), ['/willkommensmappe.db']);
  await tool.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const pool = await root.getDirectoryHandle('.willkommensmappe');
    const dir = await pool.getDirectoryHandle('.opaque');
    for await (const [, handle] of dir.entries()) {
      const head = new Uint8Array(await (await handle.getFile()).slice(0, 32).arrayBuffer());
      if (new TextDecoder().decode(head).startsWith('/willkommensmappe.db\0')) {
        // The closed tab's worker may hold the file a moment longer.
        let w;
        for (let i = 0; !w; i++) {
          try { w = await handle.createWritable({ keepExistingData: true }); } catch (e) {
            if (i > 50) throw e;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        await w.seek(4096);
        await w.write(new Uint8Array(8192).fill(0xa5));
        await w.close();
      }
    }
  });
  const app = await context.newPage();
  await app.goto(server.url);
  // No language can be read from the database, so the screen uses the remembered one.
  await app.getByRole('heading', { name: 'Your saved data cannot be read' }).waitFor();
  await app.screenshot({ path: join(ARTIFACTS, 'unreadable-en.png') });
  // Reloading ("crash loop") changes nothing.
  await app.reload();
  await app.getByRole('button', { name: 'Keep a copy and start fresh' }).click();
  await app.getByRole('button', { name: 'Deutsch' }).waitFor();
  await pickLanguage(app, 'English');
  await app.getByText('The old data was kept as a copy').waitFor();
  await app.close();
  const names = await poolNames(tool);
  assert.equal(names.length, 2, JSON.stringify(names));
  assert.equal(names[0], '/willkommensmappe.db');
  assert.match(names[1], /^\/willkommensmappe\.unreadable-\d+\.db$/);
  await context.close();
});

test('accessibility: axe finds no serious problems on home, settings and the picker, in German and Arabic', async () => {
  const axe = new URL('./node_modules/axe-core/axe.min.js', import.meta.url).pathname;
  // axe is injected as a script, which the app's own Content-Security-Policy rightly forbids.
  const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
  const page = await context.newPage();
  const check = async (what) => {
    await page.addScriptTag({ path: axe });
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
    assert.deepEqual(result, [], what);
  };
  await page.goto(server.url);
  await appReady(page);
  await check('language picker');
  await pickLanguage(page, 'Deutsch');
  await check('home (de)');
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
  await check('settings (de)');
  await page.getByRole('checkbox', { name: 'Hoher Kontrast' }).check();
  await page.waitForSelector('.app[data-contrast="high"]');
  await check('settings, high contrast');
  await page.getByRole('button', { name: /العربية/ }).click();
  await page.getByRole('heading', { name: 'الإعدادات' }).waitFor();
  await check('settings (ar)');
  await page.getByRole('link', { name: 'رجوع' }).click();
  await page.waitForSelector('.tiles');
  await check('home (ar)');
  await context.close();
});
