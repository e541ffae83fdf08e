// The calendar and the notes, as a Persian-speaking user meets them (right-to-left, Persian
// digits): a weekly appointment with a reminder across the spring clock change, the month
// view, export to .ics, delete, import the file again, hostile files; notes written, searched,
// kept after a reload. Labels are read from the Persian locale files, so the test finds
// elements by the text a person sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, newPhonePage, appReady, pickLanguage, watch, ARTIFACTS } from './helpers.mjs';

/** The messages of one language's .ftl files (single-line values). */
function messages(lang) {
  const out = {};
  for (const file of ['app', 'calendar', 'dates']) {
    const text = readFileSync(new URL(`../../locales/${lang}/${file}.ftl`, import.meta.url), 'utf8');
    for (const line of text.split('\n')) {
      const m = line.match(/^([a-z0-9-]+) = (.*)$/);
      if (m) out[m[1]] = m[2];
    }
  }
  return out;
}

/** A message with arguments as a pattern (arguments and Unicode isolation marks match anything). */
function pattern(message) {
  const parts = message.split(/\{ \$[a-z-]+ \}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.*'));
}

const fa = messages('fa');
const persian = (text) => text.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[d]);
// "10:00–12:00" as shown: Persian digits; Fluent isolates each time (U+2068 … U+2069).
const timeRange = (a, b) => new RegExp(`${persian(a)}\\W{0,3}–\\W{0,3}${persian(b)}`);
// Monday 23 March 2026, 10:00 in Berlin (CET); the clocks go forward on Sunday 29 March.
const NOW = '2026-03-23T09:00:00Z';
const TITLE = 'کلاس زبان';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function openCalendarInPersian(context, page) {
  await context.addInitScript((now) => { window.WM_NOW = now; }, NOW);
  await page.goto(server.url);
  await appReady(page);
  await pickLanguage(page, 'فارسی');
  await page.getByRole('link', { name: fa['tile-calendar'] }).click();
}

test('calendar in Persian: weekly appointment with a reminder, month view (RTL), export, delete, import, hostile files', async () => {
  const { context, page } = await newPhonePage(browser);
  const seen = watch(page);
  try {
    await openCalendarInPersian(context, page);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');

    // A weekly course on Mondays 10:00–12:00, ten times, reminded an hour before.
    await page.getByRole('link', { name: fa['cal-new'] }).click();
    await page.getByLabel(fa['cal-field-title']).fill(TITLE);
    assert.equal(await page.getByLabel(fa['cal-field-date']).inputValue(), '2026-03-23', 'today is filled in');
    await page.getByLabel(fa['cal-field-start']).fill('10:00');
    await page.getByLabel(fa['cal-field-end']).fill('12:00');
    await page.getByLabel(fa['cal-field-place']).fill('Rathaus, Raum E.258');
    await page.getByLabel(fa['cal-reminder-1h']).check();
    await page.getByLabel(fa['cal-field-repeat']).selectOption('weekly');
    assert.ok(await page.getByLabel(fa['weekday-1'], { exact: true }).isChecked(), 'the start\'s weekday is chosen');
    await page.getByLabel(fa['cal-field-repeat-end']).selectOption('count');
    await page.getByLabel(fa['cal-field-count']).fill('10');
    await page.getByRole('button', { name: fa['cal-save'] }).click();
    // The day view of the first Monday shows it, in Persian digits.
    await page.getByRole('link', { name: new RegExp(TITLE) }).waitFor();
    await page.getByText(timeRange('10:00', '12:00')).first().waitFor();

    // After the clock change it is still 10:00 on the wall clock.
    await page.getByRole('link', { name: fa['cal-view-month'] }).click();
    const grid = page.getByRole('table');
    await grid.waitFor();
    const monday30 = grid.getByRole('link', { name: new RegExp(`${persian('30')}.*${TITLE}`) });
    await monday30.click();
    await page.getByText(timeRange('10:00', '12:00')).first().waitFor();
    await page.getByRole('link', { name: fa['cal-view-month'] }).click();
    await grid.getByText(TITLE).first().waitFor();
    // March's grid (23 Feb – 5 Apr): the course on 23 and 30 March.
    assert.equal(await grid.getByText(TITLE).count(), 2);
    // Right to left: Monday is the rightmost column.
    const mondayHeader = await grid.getByRole('columnheader').first().boundingBox();
    const sundayHeader = await grid.getByRole('columnheader').last().boundingBox();
    assert.ok(mondayHeader.x > sundayHeader.x, 'Monday stands on the right in a right-to-left month');
    await page.screenshot({ path: join(ARTIFACTS, 'calendar-month-fa.png'), fullPage: true });

    // Open one occurrence; share it as a calendar file.
    await monday30.click();
    await page.getByRole('link', { name: new RegExp(TITLE) }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: fa['cal-export-one'] }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /\.ics$/);
    const ics = readFileSync(await download.path(), 'utf8');
    for (const needle of ['BEGIN:VCALENDAR', 'RRULE:FREQ=WEEKLY', 'COUNT=10', 'TZID=Europe/Berlin', 'TRIGGER:-PT60M', 'BEGIN:VALARM', TITLE]) {
      assert.ok(ics.includes(needle), `${needle} in the exported file`);
    }

    // Delete the whole series.
    await page.getByRole('button', { name: fa['cal-delete'], exact: true }).click();
    await page.getByRole('button', { name: fa['cal-delete-all'] }).click();
    // Gone from that day (the city's consultation hours stay) and from the list.
    await page.getByRole('link', { name: fa['cal-view-agenda'] }).waitFor();
    await page.getByRole('link', { name: new RegExp(TITLE) }).first().waitFor({ state: 'detached' });
    await page.getByRole('link', { name: fa['cal-view-agenda'] }).click();
    await page.locator('.agenda').waitFor();
    assert.equal(await page.getByRole('link', { name: new RegExp(TITLE) }).count(), 0);

    // A hostile file is refused and adds nothing.
    await page.getByRole('link', { name: fa['cal-import'] }).click();
    const input = page.getByLabel(fa['cal-import-file']);
    await input.setInputFiles({ name: 'bad.ics', mimeType: 'text/calendar', buffer: Buffer.from('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n') });
    await page.getByRole('alert').filter({ hasText: fa['cal-import-broken'] }).waitFor();
    await input.setInputFiles({ name: 'utf16.ics', mimeType: 'text/calendar', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('BEGIN:VCALENDAR', 'utf16le')]) });
    await page.getByRole('alert').filter({ hasText: fa['cal-import-encoding'] }).waitFor();

    // The exported file comes back: shown first, then added.
    const file = join(ARTIFACTS, 'exported.ics');
    writeFileSync(file, ics);
    await input.setInputFiles(file);
    await page.getByText(fa['cal-import-preview']).waitFor();
    await page.getByText(TITLE).waitFor();
    await page.getByRole('button', { name: pattern(fa['cal-import-confirm']) }).click();
    await page.getByRole('status').filter({ hasText: pattern(fa['cal-import-done']) }).waitFor();
    await page.getByRole('link', { name: fa['cal-title'] }).click();
    await page.getByRole('link', { name: new RegExp(TITLE) }).first().waitFor();
    await page.getByRole('link', { name: fa['cal-view-month'] }).click();
    await page.getByRole('table').getByText(TITLE).first().waitFor();
    assert.equal(await page.getByRole('table').getByText(TITLE).count(), 2, 'the series is back, same days');

    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test('notes in Persian: written, searched, kept after a reload', async () => {
  const { context, page } = await newPhonePage(browser);
  const seen = watch(page);
  try {
    await context.addInitScript((now) => { window.WM_NOW = now; }, NOW);
    await page.goto(server.url);
    await appReady(page);
    await pickLanguage(page, 'فارسی');
    await page.getByRole('link', { name: fa['tile-notes'] }).click();
    await page.getByText(fa['notes-empty']).waitFor();
    for (const [title, text] of [['اداره کار', 'قرارداد اجاره را همراه بیاورم'], ['Ausländerbehörde', 'Pass mitbringen']]) {
      await page.getByRole('link', { name: fa['notes-new'] }).click();
      await page.getByLabel(fa['notes-field-title']).fill(title);
      await page.getByLabel(fa['notes-field-text']).fill(text);
      await page.getByRole('button', { name: fa['notes-save'] }).click();
      await page.getByRole('link', { name: new RegExp(title) }).waitFor();
    }
    // An empty note is refused with a reason.
    await page.getByRole('link', { name: fa['notes-new'] }).click();
    await page.getByRole('button', { name: fa['notes-save'] }).click();
    await page.getByRole('alert').filter({ hasText: fa['notes-error-empty'] }).waitFor();
    await page.goBack();

    const search = page.getByLabel(fa['notes-search']);
    await search.fill('اجاره');
    await page.getByRole('link', { name: /اداره کار/ }).waitFor();
    assert.equal(await page.getByRole('link', { name: /Ausländerbehörde/ }).count(), 0);
    await search.fill('auslaenderbehoerde');
    await page.getByRole('link', { name: /Ausländerbehörde/ }).waitFor();
    await search.fill('xyz');
    await page.getByText(fa['notes-none-found']).waitFor();

    await page.reload();
    await appReady(page);
    await page.getByRole('link', { name: /اداره کار/ }).waitFor();
    await page.getByRole('link', { name: /Ausländerbehörde/ }).click();
    await page.getByLabel(fa['notes-field-text']).fill('Pass und Meldebescheinigung mitbringen');
    await page.getByRole('button', { name: fa['notes-save'] }).click();
    await page.getByText('Pass und Meldebescheinigung mitbringen').waitFor();
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});
