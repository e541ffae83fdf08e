//! How long the calendar takes to render with a full calendar: 2,000 appointments, 500 of them
//! repeating (daily, weekly on several days, every two weeks, monthly by date and by weekday,
//! yearly), many started years ago. Measures the month view (6 weeks) and the agenda (the
//! next 60 occurrences) as the app renders them: expanding the series into occurrences,
//! building the virtual DOM, writing it out (dioxus-ssr), in Persian (names and digits
//! localised). The browser's own layout and paint come on top (see `bench-calendar.mjs`).
//! Budget (issue "Calendar and notes"): < 50 ms each. Prints medians of 20; asserts nothing.
//! Run: `cargo run --release -p wm-ui --example bench-calendar`.
use dioxus::prelude::*;
use jiff::civil::{date, Date};
use std::time::Instant;
use wm_core::calendar::{Appointment, Freq, Repeat, RepeatEnd, When};
use wm_core::i18n::Localizer;
use wm_ui::views::calendar::{Agenda, MonthGrid};

const RUNS: usize = 20;

/// A small, fixed pseudo-random sequence (the same calendar on every run).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn calendar(today: Date) -> Vec<Appointment> {
    let mut rng = Lcg(7);
    let now = "2026-11-24T10:00:00Z".parse().unwrap();
    let mut out = Vec::new();
    for i in 0..2000 {
        let repeating = i < 500;
        // Repeating ones start up to five years ago; single ones lie within a year around today.
        let offset = if repeating { -(rng.next(5 * 365) as i64) } else { rng.next(730) as i64 - 365 };
        let day = today.checked_add(jiff::Span::new().days(offset)).unwrap();
        let hour = 7 + rng.next(11) as i8;
        let when = When::Timed { start: day.at(hour, 0, 0, 0), end: day.at(hour + 1, 30, 0, 0) };
        let mut a = Appointment::new(format!("Termin {i} · جلسه"), when, now);
        a.place = "Rathaus Neuss, Markt 2".into();
        if repeating {
            let freq = match i % 6 {
                0 => Freq::Daily,
                1 => Freq::Weekly { days: vec![day.weekday(), day.weekday().wrapping_add(2)] },
                2 => Freq::Weekly { days: vec![day.weekday()] },
                3 => Freq::MonthlyByDate,
                4 => {
                    let nth = match (day.day() - 1) / 7 + 1 {
                        5 => -1,
                        n => n,
                    };
                    Freq::MonthlyByWeekday { nth, day: day.weekday() }
                }
                _ => Freq::Yearly,
            };
            let interval = if i % 6 == 2 { 2 } else { 1 };
            let end = match i % 3 {
                0 => RepeatEnd::Never,
                1 => RepeatEnd::Count(200),
                _ => RepeatEnd::Until(today.checked_add(jiff::Span::new().days(400)).unwrap()),
            };
            a.repeat = Some(Repeat { freq, interval, end });
        }
        assert_eq!(a.check(), Ok(()), "{a:?}");
        out.push(a);
    }
    out
}

thread_local! {
    /// What the page renders: the calendar, today, and whether the month (else the agenda).
    static WHAT: std::cell::RefCell<Option<(Vec<Appointment>, Date, bool)>> = const { std::cell::RefCell::new(None) };
}

/// A router of one page, because the views' links need one (as in the app).
#[derive(Routable, Clone, PartialEq)]
enum BenchRoute {
    #[route("/")]
    Page {},
}

#[component]
fn Page() -> Element {
    let (appointments, today, month) = WHAT.with(|w| w.borrow().clone()).expect("set before rendering");
    if month {
        let first = today.first_of_month();
        rsx! { MonthGrid { appointments, first, today } }
    } else {
        rsx! { Agenda { appointments, first: today, limit: 60, today } }
    }
}

#[allow(non_snake_case)]
fn Bench() -> Element {
    use dioxus::history::{History, MemoryHistory};
    use_context_provider(|| std::rc::Rc::new(MemoryHistory::with_initial_path("/")) as std::rc::Rc<dyn History>);
    let i18n = use_memo(|| Localizer::new("fa"));
    use_context_provider(|| i18n);
    rsx! { Router::<BenchRoute> {} }
}

fn time(appointments: &[Appointment], today: Date, month: bool) -> (f64, usize) {
    WHAT.with(|w| *w.borrow_mut() = Some((appointments.to_vec(), today, month)));
    let t = Instant::now();
    let mut dom = VirtualDom::new(Bench);
    dom.rebuild_in_place();
    let html = dioxus_ssr::render(&dom);
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    if std::env::var("SHOW").is_ok() {
        println!("{}", &html[..html.len().min(3000)]);
    }
    (ms, html.len())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let today = date(2026, 11, 24);
    let appointments = calendar(today);
    let (mut month, mut agenda) = (Vec::new(), Vec::new());
    let (mut month_bytes, mut agenda_bytes) = (0, 0);
    for _ in 0..RUNS {
        let (ms, bytes) = time(&appointments, today, true);
        month.push(ms);
        month_bytes = bytes;
        let (ms, bytes) = time(&appointments, today, false);
        agenda.push(ms);
        agenda_bytes = bytes;
    }
    println!("Calendar rendering, 2,000 appointments (500 repeating), Persian, release build, median of {RUNS}:");
    println!(
        "  month view (6 weeks)        {:>7.1} ms  ({} KB of HTML)  budget < 50 ms",
        median(month),
        month_bytes / 1024
    );
    println!(
        "  agenda (next 60)            {:>7.1} ms  ({} KB of HTML)  budget < 50 ms",
        median(agenda),
        agenda_bytes / 1024
    );
}
