// Benchmark: the vault in the release web build, in headless Chromium at a phone viewport
// (./wm bench). Prints medians; asserts nothing. What a person waits for:
//   set up   — "Tresor einrichten" until the vault is open (Argon2id + wrapping the key)
//   add      — "Verschlüsselt speichern" with a 5 MB photo until it is stored (read the file,
//              strip metadata, draw the preview, encrypt, store; the app then leaves the form),
//              and until it is in the list (reload and draw the list too)
//   open     — tap the document until the photo is decoded and shown (decrypt, display)
//   unlock   — "Öffnen" until the list is there (Argon2id, unwrapping, decrypting the list)
import { randomBytes } from 'node:crypto';
import { serve, launch, newPhonePage, appReady, pickLanguage, makePng } from './helpers.mjs';

const RUNS = Number(process.env.WM_BENCH_RUNS || 10);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** A PNG of about 5 MB: 1300 × 1300 pixels of noise (noise does not compress). */
function bigPhoto() {
  const noise = randomBytes(1300 * 1300 * 3);
  return makePng(1300, 1300, (x, y) => noise.subarray((y * 1300 + x) * 3, (y * 1300 + x) * 3 + 3));
}

const timed = async (f) => { const t = performance.now(); await f(); return performance.now() - t; };

const server = await serve();
const browser = await launch();
const { page } = await newPhonePage(browser);
await page.goto(server.url);
await appReady(page);
await pickLanguage(page, 'Deutsch');
await page.getByRole('link', { name: 'Dokumente' }).click();
await page.getByLabel('Neue PIN oder neues Passwort').fill('4711');
await page.getByLabel('Noch einmal eingeben').fill('4711');
const setUp = await timed(async () => {
  await page.getByRole('button', { name: 'Tresor einrichten' }).click();
  await page.getByRole('link', { name: 'Dokument hinzufügen' }).waitFor();
});

const photo = bigPhoto();
const adds = [];
const saves = [];
const opens = [];
for (let i = 0; i < RUNS; i++) {
  const title = `Foto ${i}`;
  await page.getByRole('link', { name: 'Dokument hinzufügen' }).click();
  await page.getByLabel('Foto oder PDF (auch mehrere Seiten)').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: photo });
  await page.getByLabel('Titel').fill(title);
  const start = performance.now();
  await page.getByRole('button', { name: 'Verschlüsselt speichern' }).click();
  await page.waitForURL((url) => url.pathname === '/vault', { waitUntil: 'commit' });
  saves.push(performance.now() - start);
  await page.getByRole('link', { name: title, exact: true }).waitFor();
  adds.push(performance.now() - start);
  opens.push(await timed(async () => {
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.waitForFunction(() => {
      const img = document.querySelector('.page-image img');
      return img && img.complete && img.naturalWidth > 0;
    }, null, { polling: 'raf' });
  }));
  await page.goBack();
  await page.getByRole('link', { name: 'Dokument hinzufügen' }).waitFor();
}

const unlocks = [];
for (let i = 0; i < Math.min(RUNS, 5); i++) {
  await page.getByRole('button', { name: 'Sperren' }).click();
  await page.getByLabel('PIN oder Passwort').fill('4711');
  unlocks.push(await timed(async () => {
    await page.getByRole('button', { name: 'Öffnen' }).click();
    await page.getByRole('link', { name: 'Foto 0', exact: true }).waitFor();
  }));
}

console.log(`\nVault in the browser (release web build, headless Chromium, ${(photo.length / 1e6).toFixed(1)} MB PNG):`);
console.log(`  set up (Argon2id 19 MiB/2 passes + wrap)      ${setUp.toFixed(0)} ms`);
console.log(`  add a 5 MB photo, until stored (median of ${RUNS})  ${median(saves).toFixed(0)} ms`);
console.log(`  add a 5 MB photo, until listed (median of ${RUNS})  ${median(adds).toFixed(0)} ms`);
console.log(`  open it, until displayed (median of ${RUNS})        ${median(opens).toFixed(0)} ms`);
console.log(`  unlock incl. Argon2id, until listed (${RUNS} docs)  ${median(unlocks).toFixed(0)} ms`);
await browser.close();
server.stop();
