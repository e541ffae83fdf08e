// The document vault in a real browser: set a PIN, add a photo and a PDF, reload, unlock,
// both there; a wrong PIN is refused and counted; the quick exit locks at once; and nothing
// readable of the documents reaches the browser's storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ARTIFACTS, serve, launch, newPhonePage, appReady, pickLanguage, watch, makePng } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** A 40x30 photo, a blue and white pattern, with a text chunk naming a place. */
const png = () => makePng(40, 30, (x, y) => ((x + y) % 8 < 4 ? [11, 93, 140] : [255, 255, 255]), {
  text: 'Location\0GPS 51.1985 N 6.6916 E',
});

const MARKER = 'WM-E2E-SECRET-MARKER-51a7';
const PDF = Buffer.from(`%PDF-1.4\n% ${MARKER}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

async function addDocument(page, { title, file, category }) {
  await page.getByRole('link', { name: 'Dokument hinzufügen' }).click();
  await page.getByLabel('Foto oder PDF (auch mehrere Seiten)').setInputFiles(file);
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Art des Dokuments').selectOption({ label: category });
  await page.getByLabel('Gültig bis').fill('2027-02-28');
  await page.getByRole('button', { name: 'Verschlüsselt speichern' }).click();
  await page.getByRole('link', { name: new RegExp(title) }).waitFor();
}

test('vault: PIN, a photo and a PDF, reload, unlock, wrong PIN, PIN change, share, quick exit; nothing readable stored', async () => {
  const { context, page } = await newPhonePage(browser);
  const seen = watch(page);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'Deutsch');
  await page.getByRole('link', { name: 'Dokumente' }).click();
  await page.getByText('kann niemand den Tresor öffnen').waitFor();
  await setUp(page, '4711');

  await addDocument(page, {
    title: 'Aufenthaltstitel Foto', category: 'Aufenthaltstitel',
    file: { name: 'titel.png', mimeType: 'image/png', buffer: png() },
  });
  await addDocument(page, {
    title: 'Sprachzertifikat B1', category: 'Zertifikate und Zeugnisse',
    file: { name: 'b1.pdf', mimeType: 'application/pdf', buffer: PDF },
  });
  // The photo has a preview made from it.
  const preview = page.getByRole('link', { name: /Aufenthaltstitel Foto/ }).locator('img');
  assert.match(await preview.getAttribute('src'), /^data:image\/jpeg;base64,/);
  await page.screenshot({ path: join(ARTIFACTS, 'vault-list-de.png'), fullPage: true });

  // Reload: locked. A wrong PIN is refused and counted.
  await page.reload();
  await appReady(page);
  await page.getByText('Der Tresor ist gesperrt').waitFor();
  await page.getByLabel('PIN oder Passwort').fill('0000');
  await page.getByRole('button', { name: 'Öffnen' }).click();
  await page.getByRole('alert').filter({ hasText: 'Falsche PIN oder falsches Passwort' }).waitFor();
  await page.getByLabel('PIN oder Passwort').fill('4711');
  await page.getByRole('button', { name: 'Öffnen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Aufenthaltstitel' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Zertifikate und Zeugnisse' }).waitFor();

  // Change the PIN: no document is re-encrypted, all stay readable with the new one.
  await page.getByText('Tresor-Einstellungen').click();
  const settings = page.locator('details').filter({ hasText: 'PIN oder Passwort ändern' });
  await settings.getByLabel('Bisherige PIN oder bisheriges Passwort').fill('4711');
  await settings.getByLabel('Neue PIN oder neues Passwort').fill('2468');
  await settings.getByLabel('Noch einmal eingeben').fill('2468');
  await settings.getByRole('button', { name: 'Ändern' }).click();
  await page.getByRole('status').filter({ hasText: 'Geändert.' }).waitFor();

  // Open the photo: shown full size, from the vault.
  await page.getByRole('link', { name: /Aufenthaltstitel Foto/ }).click();
  const img = page.getByRole('img', { name: /Seite\s*\u2068?1/ });
  await img.waitFor();
  assert.ok(await img.evaluate((el) => el.complete && el.naturalWidth === 40), 'the photo displays');
  await page.screenshot({ path: join(ARTIFACTS, 'vault-photo-de.png') });

  // Share on purpose, after a confirmation: here (no share sheet) a download. The photo that
  // leaves is the stored one: without the place it was taken.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Teilen' }).click();
  await page.getByRole('alertdialog').getByText('unverschlüsselt').waitFor();
  await page.getByRole('button', { name: 'Ja, teilen' }).click();
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'Aufenthaltstitel Foto - 1.png');
  const shared = readFileSync(await download.path());
  assert.deepEqual([...shared.subarray(1, 4)], [...Buffer.from('PNG')]);
  assert.equal(shared.indexOf(Buffer.from('GPS')), -1, 'the location text chunk was stripped on import');
  assert.ok(shared.indexOf(Buffer.from('IDAT')) > 0, 'the picture itself is there');

  // Quick exit: home screen at once, vault locked.
  await page.getByRole('button', { name: 'Schnell verlassen' }).click();
  await page.waitForSelector('.tiles');
  await page.getByRole('link', { name: 'Dokumente' }).click();
  await page.getByText('Der Tresor ist gesperrt').waitFor();
  await page.getByLabel('PIN oder Passwort').fill('2468');
  await page.getByRole('button', { name: 'Öffnen' }).click();
  await page.getByRole('link', { name: /Sprachzertifikat B1/ }).waitFor();
  await page.getByRole('button', { name: 'Sperren' }).click();
  await page.getByText('Der Tresor ist gesperrt').waitFor();

  // Every byte the browser stored for this site: nothing readable of the documents. Read from
  // a page of the same site that does not run the app, so the storage worker has let go.
  const appErrors = [...seen.errors];
  await page.goto(new URL('manifest.webmanifest', server.url).href);
  const dump = await page.evaluate(async () => {
    const chunks = [];
    const walk = async (dir) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle);
        else {
          chunks.push(new Uint8Array(await (await handle.getFile()).arrayBuffer()));
        }
      }
    };
    await walk(await navigator.storage.getDirectory());
    for (let i = 0; i < localStorage.length; i++) chunks.push(new TextEncoder().encode(localStorage.getItem(localStorage.key(i))));
    let total = 0; for (const c of chunks) total += c.length;
    const all = new Uint8Array(total); let o = 0; for (const c of chunks) { all.set(c, o); o += c.length; }
    let bin = ''; for (let i = 0; i < all.length; i += 8192) bin += String.fromCharCode(...all.subarray(i, i + 8192));
    return btoa(bin);
  });
  const stored = Buffer.from(dump, 'base64');
  assert.ok(stored.length > 10000, `storage was read (${stored.length} bytes)`);
  for (const needle of [MARKER, 'Aufenthaltstitel Foto', 'Sprachzertifikat B1', Buffer.from(MARKER).toString('base64').slice(4, 20)]) {
    assert.equal(stored.indexOf(Buffer.from(needle)), -1, `${needle} found in browser storage`);
  }
  // (The plain JSON page asks for a favicon the app does not have; that 404 is not the app's.)
  assert.deepEqual(appErrors, []);
  await context.close();
});

/** The backup section of the unlocked vault, opened. */
async function openBackup(page) {
  await page.getByText('Sicherung', { exact: true }).click();
  await page.getByRole('heading', { name: 'Sicherung erstellen' }).waitFor();
  return page.locator('details').filter({ hasText: 'Sicherung erstellen' });
}

/** On the vault's first screen: sets the PIN. */
async function setUp(page, pin) {
  await page.getByLabel('Neue PIN oder neues Passwort').fill(pin);
  await page.getByLabel('Noch einmal eingeben').fill(pin);
  await page.getByRole('button', { name: 'Tresor einrichten' }).click();
  await page.getByRole('link', { name: 'Dokument hinzufügen' }).waitFor();
}

async function restore(section, file, passphrase) {
  await section.getByLabel('Sicherungsdatei').setInputFiles(file);
  await section.getByLabel('Passwort für die Sicherung').last().fill(passphrase);
  await section.getByRole('button', { name: 'Zurückholen' }).click();
}

test('vault: rotate a page, back up, restore into a fresh browser profile; wrong or damaged backups change nothing; wrong PINs wait', async () => {
  const BACKUP_PASS = 'Rhein und Erft im Herbst';
  // The first phone: two documents, the photo turned a quarter.
  const first = await newPhonePage(browser);
  let page = first.page;
  const seenFirst = watch(page);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'Deutsch');
  await page.getByRole('link', { name: 'Dokumente' }).click();
  await setUp(page, '4711');
  await addDocument(page, {
    title: 'Meldebescheinigung', category: 'Wohnung',
    file: { name: 'meldung.png', mimeType: 'image/png', buffer: png() },
  });
  await addDocument(page, {
    title: 'Zeugnis Klasse 9', category: 'Schule',
    file: { name: 'zeugnis.pdf', mimeType: 'application/pdf', buffer: PDF },
  });
  await page.getByRole('link', { name: /Meldebescheinigung/ }).click();
  const photo = page.getByRole('img', { name: /Seite\s*\u2068?1/ });
  await photo.waitFor();
  await page.getByRole('button', { name: /Seite\s*\u2068?1\u2069?\s*drehen/ }).click();
  await page.waitForFunction(() => document.querySelector('.page-image')?.classList.contains('sideways'));
  assert.match(await photo.getAttribute('style'), /--turn: 90deg/);
  await page.goBack();

  // A PIN is not accepted for a file that leaves the phone.
  let section = await openBackup(page);
  await section.getByLabel('Passwort für die Sicherung').first().fill('4711');
  await section.getByLabel('Noch einmal eingeben').fill('4711');
  await section.getByRole('button', { name: 'Sicherung speichern' }).click();
  await section.getByRole('alert').filter({ hasText: 'mindestens 10 Zeichen' }).waitFor();
  await section.getByLabel('Passwort für die Sicherung').first().fill(BACKUP_PASS);
  await section.getByLabel('Noch einmal eingeben').fill(BACKUP_PASS);
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Sicherung speichern' }).click();
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^willkommensmappe-sicherung-\d{4}-\d{2}-\d{2}\.wmbackup$/);
  const backup = readFileSync(await download.path());
  await page.getByRole('status').filter({ hasText: 'Die Sicherung wurde gespeichert' }).waitFor();
  for (const needle of [MARKER, 'Meldebescheinigung', 'Zeugnis Klasse 9', 'IDAT']) {
    assert.equal(backup.indexOf(Buffer.from(needle)), -1, `${needle} readable in the backup file`);
  }
  assert.deepEqual(seenFirst.errors, []);
  await first.context.close();

  // A new phone (a fresh browser profile): its own PIN, then the backup.
  const second = await newPhonePage(browser);
  page = second.page;
  const seen = watch(page);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'Deutsch');
  await page.getByRole('link', { name: 'Dokumente' }).click();
  await page.getByText('Sie haben eine Sicherung?').waitFor();
  await setUp(page, '1357');
  section = await openBackup(page);
  const file = (buffer) => ({ name: 'willkommensmappe-sicherung.wmbackup', mimeType: 'application/octet-stream', buffer });
  await restore(section, file(backup), 'Rhein und Erft im Winter');
  await page.getByRole('alert').filter({ hasText: 'Das Passwort passt nicht zu dieser Sicherung' }).waitFor();
  const damaged = Buffer.from(backup);
  damaged[damaged.length - 40] ^= 1;
  await restore(section, file(damaged), BACKUP_PASS);
  await page.getByRole('alert').filter({ hasText: 'beschädigt oder unvollständig' }).waitFor();
  await restore(section, file(PDF), BACKUP_PASS);
  await page.getByRole('alert').filter({ hasText: 'keine Sicherung der Willkommensmappe' }).waitFor();
  assert.equal(await page.getByRole('link', { name: /Meldebescheinigung|Zeugnis Klasse 9/ }).count(), 0, 'nothing restored yet');
  await restore(section, file(backup), BACKUP_PASS);
  await page.getByRole('status').filter({ hasText: /2\D+Dokumente zurückgeholt/ }).waitFor();
  await page.getByRole('link', { name: /Meldebescheinigung/ }).waitFor();
  await page.getByRole('link', { name: /Zeugnis Klasse 9/ }).waitFor();

  // After a reload: locked; wrong PINs make the next attempt wait; the right one opens it.
  await page.reload();
  await appReady(page);
  for (let i = 0; i < 3; i++) {
    await page.getByLabel('PIN oder Passwort').fill('0000');
    await page.getByRole('button', { name: 'Öffnen' }).click();
    await page.getByRole('alert').filter({ hasText: new RegExp(`\\(\u2068?${i + 1}\u2069?\\. Versuch\\)`) }).waitFor();
  }
  const wait = page.getByRole('alert').filter({ hasText: /Nächster Versuch ab \D*\d\d:\d\d:\d\d/ });
  await wait.waitFor();
  await page.getByLabel('PIN oder Passwort').fill('1357');
  await page.getByRole('button', { name: 'Öffnen' }).click();
  await page.getByRole('alert').filter({ hasText: 'Bitte warten' }).waitFor();
  await page.waitForTimeout(5200);
  await page.getByLabel('PIN oder Passwort').fill('1357');
  await page.getByRole('button', { name: 'Öffnen' }).click();
  await page.getByRole('link', { name: /Meldebescheinigung/ }).click();
  const restored = page.getByRole('img', { name: /Seite\s*\u2068?1/ });
  await restored.waitFor();
  assert.ok(await restored.evaluate((el) => el.complete && el.naturalWidth === 40), 'the restored photo displays');
  assert.match(await restored.getAttribute('style'), /--turn: 90deg/, 'the rotation came along');
  await page.screenshot({ path: join(ARTIFACTS, 'vault-restored-rotated-de.png') });
  assert.deepEqual(seen.errors, []);
  await second.context.close();
});
