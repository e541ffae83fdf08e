// Content updates in a real browser: the app picks up a newly published pack from its content
// origin (a plain static server), shows it, and keeps showing it offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ARTIFACTS, TOOL, serve, serveWithNginx, copyOfDist, launch, newPhonePage, appReady, pickLanguage, waitForServiceWorker, watch,
} from './helpers.mjs';

const DEV_KEY = process.env.WM_DEV_KEY;
if (!DEV_KEY) throw new Error('run through ./wm test (WM_DEV_KEY must be set)');
const CONTENT = new URL('../../content/', import.meta.url).pathname;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A copy of content/ with the MEB-Büro page title changed and the version raised. */
function changedContent(title) {
  const dir = mkdtempSync(join(tmpdir(), 'wm-content-'));
  cpSync(CONTENT, dir, { recursive: true });
  const pack = join(dir, 'pack.toml');
  const version = Number(readFileSync(pack, 'utf8').match(/version = (\d+)/)[1]) + 1;
  writeFileSync(pack, readFileSync(pack, 'utf8').replace(/version = \d+/, `version = ${version}`));
  const page = join(dir, 'topics/meb-buero/de.md');
  writeFileSync(page, readFileSync(page, 'utf8').replace('title = "MEB-Büro"', `title = "${title}"`));
  return { dir, version };
}

/** The whole journey, with the app and the pack on the host `start` makes. */
async function publishAndPickUp(start, shot) {
  const site = copyOfDist();
  const server = await start(site);
  const { context, page } = await newPhonePage(browser);
  try {
    await pickUp(server, site, context, page, shot);
  } finally {
    // Also after a failure: a server left running would keep the test process alive.
    server.stop();
    await context.close();
  }
}

async function pickUp(server, site, context, page, shot) {
  const seen = watch(page);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'Deutsch');
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: 'MEB-Büro' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'MEB-Büro' }).waitFor();
  await page.getByRole('link', { name: 'Zurück' }).click();
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  // The check at start has run (nothing new yet), so it cannot race the button below.
  await page.getByText(/Zuletzt erfolgreich geprüft/).waitFor();

  // The editor publishes a changed MEB-Büro page: one new file and a new manifest.
  const { dir, version } = changedContent('MEB-Büro im Rathaus');
  execFileSync(TOOL, ['publish', dir, '--key', DEV_KEY, '--out', join(site, 'inhalt')], { stdio: 'pipe' });

  const requestsBefore = seen.requests.length;
  await page.getByRole('button', { name: 'Jetzt nach neuen Inhalten suchen' }).click();
  await page.getByText('Neue Inhalte sind da.').waitFor();
  await page.getByText(`Version \u2068${version}\u2069`).waitFor();
  await page.getByText(/Zuletzt erfolgreich geprüft/).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: true });
  // Only the manifest, the German part of the file list and the changed page crossed the
  // network, all from the content origin.
  const fetched = seen.requests.slice(requestsBefore).filter((u) => u.includes('/inhalt/'));
  assert.equal(fetched.length, 3, fetched.join('\n'));
  assert.ok(seen.requests.every((u) => u.startsWith(server.url)), seen.requests.join('\n'));

  await page.goto(new URL('topics/meb-buero', server.url).href);
  await page.getByRole('heading', { level: 1, name: 'MEB-Büro im Rathaus' }).waitFor();

  // The host goes away and the phone is offline: the new content stays.
  server.stop();
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'MEB-Büro im Rathaus' }).waitFor();
  await page.goto(new URL('settings', server.url).href);
  await page.getByText(`Version \u2068${version}\u2069`).waitFor();
  // No network is not an error.
  await page.getByRole('button', { name: 'Jetzt nach neuen Inhalten suchen' }).click();
  await page.getByText('Keine Verbindung. Die App versucht es später wieder.').waitFor();
  assert.equal(await page.getByText('Letzte Prüfung fehlgeschlagen').count(), 0);
  assert.deepEqual(seen.errors.filter((e) => !/Failed to load resource|net::ERR/.test(e)), []);
}

test('a new pack published on the host is picked up, shown, and kept offline', async () => {
  await publishAndPickUp(serve, 'update-applied-de.png');
});

test('the same with a stock nginx from Debian serving the app and the pack', async () => {
  await publishAndPickUp(serveWithNginx, 'update-applied-nginx-de.png');
});

test('a tampered pack is refused with a plain message and the content stays', async () => {
  const site = copyOfDist();
  const server = await serve(site);
  const { context, page } = await newPhonePage(browser);
  try {
    await refused(server, site, page);
  } finally {
    server.stop();
    await context.close();
  }
});

async function refused(server, site, page) {
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'Deutsch');
  // A pack published with a key the app does not trust.
  const { dir } = changedContent('MEB-Büro (gefälscht)');
  const keyDir = mkdtempSync(join(tmpdir(), 'wm-key-'));
  const stranger = join(keyDir, 'stranger.toml');
  execFileSync(TOOL, ['keygen', '--out', stranger], { stdio: 'pipe' });
  execFileSync(TOOL, ['publish', dir, '--key', stranger, '--out', join(site, 'inhalt')], { stdio: 'pipe' });
  await page.goto(new URL('settings', server.url).href);
  await appReady(page);
  await page.getByRole('button', { name: 'Jetzt nach neuen Inhalten suchen' }).click();
  await page.getByText('Die angebotenen Inhalte sind nicht von der Stadt unterschrieben.').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'update-refused-de.png'), fullPage: true });
  await page.goto(new URL('topics/meb-buero', server.url).href);
  await page.getByRole('heading', { level: 1, name: 'MEB-Büro' }).waitFor();
  assert.equal(await page.getByText('gefälscht').count(), 0);
}
