// Benchmark: the calendar with 2,000 appointments (500 repeating, started up to five years ago)
// in the release web build, headless Chromium, phone viewport, Persian (./wm bench). The
// appointments arrive the way a person's would: one .ics file, imported through the app.
// Then, what a person waits for when switching views: from the tap until the month grid (or
// the agenda) is on screen, including reading all appointments from storage, expanding the
// series and the browser's layout. Prints medians; asserts nothing.
import { serve, launch, newPhonePage, appReady, pickLanguage } from './helpers.mjs';

const RUNS = Number(process.env.WM_BENCH_RUNS || 10);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pad = (n) => String(n).padStart(2, '0');

/** 2,000 events; the first 500 repeat (daily, weekly, every two weeks, monthly). */
function calendarFile() {
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const today = Date.UTC(2026, 10, 24);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Willkommensmappe//bench//DE'];
  for (let i = 0; i < 2000; i++) {
    const repeating = i < 500;
    const offsetDays = repeating ? -rnd(5 * 365) : rnd(730) - 365;
    const d = new Date(today + offsetDays * 86400000);
    const day = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
    const hour = 7 + rnd(11);
    lines.push('BEGIN:VEVENT', `UID:bench-${i}@willkommensmappe`, 'DTSTAMP:20261124T100000Z',
      `DTSTART;TZID=Europe/Berlin:${day}T${pad(hour)}0000`, `DTEND;TZID=Europe/Berlin:${day}T${pad(hour + 1)}3000`,
      `SUMMARY:جلسه ${i}`, 'LOCATION:Rathaus Neuss\\, Markt 2');
    if (repeating) {
      lines.push(['RRULE:FREQ=DAILY', 'RRULE:FREQ=WEEKLY', 'RRULE:FREQ=WEEKLY;INTERVAL=2', 'RRULE:FREQ=MONTHLY'][i % 4]);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return Buffer.from(lines.join('\r\n') + '\r\n');
}

const server = await serve();
const browser = await launch();
const { context, page } = await newPhonePage(browser);
await context.addInitScript(() => { window.WM_NOW = '2026-11-24T09:00:00Z'; });
await page.goto(server.url);
await appReady(page);
await pickLanguage(page, 'فارسی');
await page.goto(server.url + 'calendar/import');
await page.locator('#ics-file').setInputFiles({ name: 'bench.ics', mimeType: 'text/calendar', buffer: calendarFile() });
await page.locator('button.button.primary').waitFor({ timeout: 120000 });
await page.locator('button.button.primary').click();
await page.locator('.notice.ok').waitFor({ timeout: 120000 });

const months = [];
const agendas = [];
await page.goto(server.url + 'calendar');
await appReady(page);
await page.locator('.agenda .occurrence').first().waitFor();
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  await page.locator('.tabs .tab').nth(1).click();
  // Checked on every animation frame: a locator's own waiting polls too coarsely to time this.
  await page.waitForFunction(() => document.querySelector('table.month .entry'), null, { polling: 'raf' });
  months.push(performance.now() - t);
  t = performance.now();
  await page.locator('.tabs .tab').nth(0).click();
  await page.waitForFunction(() => document.querySelector('.agenda .occurrence'), null, { polling: 'raf' });
  agendas.push(performance.now() - t);
}
const entries = await page.locator('.agenda .occurrence').count();
console.log(`\nCalendar in the browser (release web build, headless Chromium, Persian, 2,000 appointments, 500 repeating, median of ${RUNS}):`);
console.log(`  tap "Month" until the grid is drawn     ${median(months).toFixed(0)} ms  (budget < 50 ms for the rendering)`);
console.log(`  tap "List" until the agenda is drawn    ${median(agendas).toFixed(0)} ms  (${entries} entries shown)`);
await browser.close();
server.stop();
