// Orientation content in a real browser: the MEB-Büro with its live opening state, one-tap
// calling, search (also offline, in Farsi), and the side-by-side view for reading together.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, serve, launch, newPhonePage, appReady, pickLanguage, waitForServiceWorker, watch } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** A phone page whose clock is pinned to `instant` (RFC 3339, UTC). */
async function pinnedPage(instant) {
  const { context, page } = await newPhonePage(browser);
  await context.addInitScript((now) => { window.WM_NOW = now; }, instant);
  return { context, page };
}

test('in Arabic: the MEB-Büro from the home screen is open on Monday 10:30', async () => {
  const { context, page } = await pinnedPage('2026-11-23T09:30:00Z');
  const seen = watch(page);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'العربية');
  await page.getByRole('link', { name: 'مكتب الاستشارة (MEB)' }).click();
  await page.getByRole('status').filter({ hasText: 'مفتوح الآن' }).first().waitFor();
  const status = await page.locator('.hours-status').first().textContent();
  assert.match(status, /مفتوح الآن حتى الساعة\s*\u2068?12:00/);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  // The room from the source, readable left-to-right inside the Arabic page.
  await page.getByText('Raum E.258').first().waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'meb-ar-open.png'), fullPage: true });
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('in Arabic: at Monday 12:00 the MEB-Büro is closed and opens Thursday 13:00; found by search too', async () => {
  const { context, page } = await pinnedPage('2026-11-23T11:00:00Z');
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'العربية');
  await page.getByRole('searchbox').fill('MEB');
  await page.locator('.search-results .result').first().waitFor();
  await page.locator('.search-results .result', { hasText: 'MEB' }).first().click();
  await page.locator('.hours-status').first().waitFor();
  const status = await page.locator('.hours-status').first().textContent();
  assert.match(status, /مغلق الآن\. يفتح\s*\u2068?الخميس\u2069?\s*الساعة\s*\u2068?13:00/);
  await page.screenshot({ path: join(ARTIFACTS, 'meb-ar-closed.png') });
  await context.close();
});

test('tapping a phone number offers the tel: target', async () => {
  const { context, page } = await pinnedPage('2026-11-23T09:30:00Z');
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'Deutsch');
  await page.getByRole('link', { name: 'Notfall' }).click();
  const call = page.getByRole('link', { name: /Anrufen 112/ });
  await call.waitFor();
  assert.equal(await call.getAttribute('href'), 'tel:112');
  await page.getByRole('link', { name: 'Zurück' }).click();
  await page.getByRole('link', { name: 'Kontakte & Ämter' }).click();
  await page.locator('.contact-link').first().waitFor();
  const count = await page.locator('.contact-link').count();
  assert.ok(count >= 10, `the directory lists the contacts (${count})`);
  await page.locator('.contact-link', { hasText: 'MEB' }).first().click();
  const links = await page.locator('.contact-card a[href^="tel:"], .contact-card a[href^="mailto:"]').evaluateAll(
    (as) => as.map((a) => a.getAttribute('href')));
  for (const href of links) assert.match(href, /^(tel:\+?\d+|mailto:[^@\s]+@[^@\s]+\.[a-z]+)$/);
  // Tapping the link is handed to the phone app; the app itself stays where it is.
  const first = page.locator('.contact-card a[href^="tel:"], .contact-card a[href^="mailto:"]').first();
  if (await first.count()) {
    await first.click({ noWaitAfter: true }).catch(() => {});
    await page.locator('.contact-card').first().waitFor();
  }
  await context.close();
});

test('side by side: German and Arabic, each in its own direction', async () => {
  const { context, page } = await pinnedPage('2026-11-23T09:30:00Z');
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'Deutsch');
  await page.getByRole('link', { name: 'MEB-Büro' }).click();
  await page.getByText('Neben einer anderen Sprache zeigen').click();
  await page.getByRole('link', { name: 'العربية' }).click();
  const columns = page.locator('.side-by-side-page .column article');
  await columns.nth(1).waitFor();
  assert.equal(await columns.nth(0).getAttribute('dir'), 'ltr');
  assert.equal(await columns.nth(1).getAttribute('dir'), 'rtl');
  assert.equal(await columns.nth(1).getAttribute('lang'), 'ar');
  const a = await columns.nth(0).boundingBox();
  const b = await columns.nth(1).boundingBox();
  assert.ok(Math.abs(a.y - b.y) < 40 && a.x !== b.x, 'two columns on a wide screen');
  await page.screenshot({ path: join(ARTIFACTS, 'side-by-side-de-ar.png'), fullPage: true });
  // On a phone they stack.
  await page.setViewportSize({ width: 390, height: 844 });
  const a2 = await columns.nth(0).boundingBox();
  const b2 = await columns.nth(1).boundingBox();
  assert.ok(b2.y > a2.y + a2.height - 1, 'stacked on a narrow screen');
  await context.close();
});

test('offline: search in Farsi finds pages', async () => {
  const { context, page } = await pinnedPage('2026-11-23T09:30:00Z');
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'فارسی');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await page.getByRole('searchbox').fill('زبان');
  await page.locator('.search-results .result').first().waitFor();
  const first = await page.locator('.search-results .result .title').first().getAttribute('lang');
  assert.equal(first, 'fa', 'results in the reader\'s language come first');
  await page.screenshot({ path: join(ARTIFACTS, 'search-fa-offline.png') });
  await page.locator('.search-results a.result[href^="/topics/"]').first().click();
  await page.locator('.prose').first().waitFor();
  await context.close();
});
