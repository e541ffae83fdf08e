//! The city's events, from the content pack (`events/<id>.json`), as calendar appointments.
//!
//! The source document gives rules, not dates: the MEB-Büro's consultation hours every week,
//! the Tag des Dialogs on the second Saturday of November, the Interkulturelle Woche in the
//! last week of September; for the Fest der Kulturen and the Neusser Filmtage only "a Saturday"
//! and "in October". So an event carries a [`CityRule`]; the editor adds exact dates when the
//! city announces them ([`CityRule::Dates`]). [`CityEvent::appointments`] turns a rule into
//! ordinary appointments for the years a view needs, titled in the reader's language, with ids
//! that start with [`UID_PREFIX`] so the UI can tell them from the person's own.

use super::recur::nth_weekday;
use super::{weekday_serde, Appointment, Freq, Repeat, RepeatEnd, When};
use jiff::civil::{Date, Time, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::RangeInclusive;

/// Appointment ids of city events: this, the event's id, `~`, which one (slot, year, date).
pub const UID_PREFIX: &str = "city-";

/// The event id in a city appointment's uid, or `None` for the person's own appointments.
pub fn event_id(uid: &str) -> Option<&str> {
    uid.strip_prefix(UID_PREFIX)?.split_once('~').map(|(id, _)| id)
}

/// One event of the city, as the editor describes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CityEvent {
    pub id: String,
    /// What the reader can show or hide (e.g. `beratung`, `fest`).
    pub category: String,
    pub rule: CityRule,
    /// Per language code.
    pub title: BTreeMap<String, String>,
    pub about: BTreeMap<String, String>,
    /// When, in words, where the rule alone does not say it ("im Oktober").
    #[serde(default)]
    pub when_text: BTreeMap<String, String>,
    pub reviewed: BTreeMap<String, bool>,
    pub place: Option<String>,
    /// A contact of the pack (its hours and address are one tap away).
    pub contact: Option<String>,
    /// Where in the source document the facts stand.
    pub source: String,
}

/// When an event takes place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CityRule {
    /// Every week at these times; not on NRW public holidays if `closed_on_holidays`.
    Weekly { slots: Vec<Slot>, closed_on_holidays: bool },
    /// Every year on the `nth` (1..=4, -1 = last) `day` of `month`; all day unless times are given.
    NthWeekday {
        month: i8,
        nth: i8,
        #[serde(with = "weekday_serde")]
        day: Weekday,
        start: Option<Time>,
        end: Option<Time>,
    },
    /// Every year the last full week (Monday to Sunday) of `month`, all day.
    LastWeek { month: i8 },
    /// On these dates (empty until the city announces them); all day unless times are given.
    Dates { dates: Vec<Date>, start: Option<Time>, end: Option<Time> },
}

/// A weekly time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    #[serde(with = "weekday_serde")]
    pub day: Weekday,
    pub start: Time,
    pub end: Time,
}

fn pick<'a>(map: &'a BTreeMap<String, String>, lang: &str) -> &'a str {
    crate::i18n::chain_of(lang).iter().find_map(|code| map.get(*code)).map(String::as_str).unwrap_or("")
}

impl CityEvent {
    pub fn title_in(&self, lang: &str) -> &str {
        pick(&self.title, lang)
    }

    pub fn about_in(&self, lang: &str) -> &str {
        pick(&self.about, lang)
    }

    pub fn when_text_in(&self, lang: &str) -> &str {
        pick(&self.when_text, lang)
    }

    /// Whether the rule's data is sound (the pack builder reports what is not).
    pub fn check(&self) -> Result<(), String> {
        let nth_ok = |nth: i8| (1..=4).contains(&nth) || nth == -1;
        let times_ok = |s: &Option<Time>, e: &Option<Time>| match (s, e) {
            (Some(s), Some(e)) => e > s,
            (None, None) => true,
            _ => false,
        };
        match &self.rule {
            CityRule::Weekly { slots, .. } if slots.is_empty() => Err("a weekly event needs at least one slot".into()),
            CityRule::Weekly { slots, .. } if slots.iter().any(|s| s.end <= s.start) => {
                Err("a slot ends before it starts".into())
            }
            CityRule::NthWeekday { month, .. } | CityRule::LastWeek { month } if !(1..=12).contains(month) => {
                Err("month must be 1 to 12".into())
            }
            CityRule::NthWeekday { nth, .. } if !nth_ok(*nth) => Err("nth must be 1 to 4 or -1 (last)".into()),
            CityRule::NthWeekday { start, end, .. } | CityRule::Dates { start, end, .. } if !times_ok(start, end) => {
                Err("give both start and end, the end after the start".into())
            }
            _ if self.title.get("de").is_none_or(|t| t.trim().is_empty()) => Err("a German title is needed".into()),
            _ => Ok(()),
        }
    }

    /// The event as appointments in `years`, titled in `lang`. A weekly event is one series
    /// per slot (public holidays cancelled where it is closed); yearly ones are one appointment
    /// per year; announced dates one each.
    pub fn appointments(&self, years: RangeInclusive<i16>, lang: &str, now: jiff::Timestamp) -> Vec<Appointment> {
        let title = self.title_in(lang).to_string();
        let make = |n: String, when: When| {
            let mut a = Appointment::new(title.clone(), when, now);
            a.uid = format!("{UID_PREFIX}{}~{n}", self.id);
            a.place = self.place.clone().unwrap_or_default();
            a.contact = self.contact.clone();
            a.note = self.about_in(lang).to_string();
            a
        };
        let on = |date: Date, start: &Option<Time>, end: &Option<Time>| match (start, end) {
            (Some(s), Some(e)) => When::Timed { start: date.to_datetime(*s), end: date.to_datetime(*e) },
            _ => When::AllDay { first: date, last: date },
        };
        let mut out = Vec::new();
        match &self.rule {
            CityRule::Weekly { slots, closed_on_holidays } => {
                let (Ok(jan1), Ok(dec31)) = (Date::new(*years.start(), 1, 1), Date::new(*years.end(), 12, 31)) else {
                    return out;
                };
                for (i, slot) in slots.iter().enumerate() {
                    let first = jan1.nth_weekday_of_month(1, slot.day).unwrap_or(jan1);
                    let first = if first < jan1 { jan1 } else { first };
                    let mut a = make(
                        format!("{i}"),
                        When::Timed { start: first.to_datetime(slot.start), end: first.to_datetime(slot.end) },
                    );
                    a.repeat = Some(Repeat {
                        freq: Freq::Weekly { days: vec![slot.day] },
                        interval: 1,
                        end: RepeatEnd::Until(dec31),
                    });
                    if *closed_on_holidays {
                        a.exdates = years
                            .clone()
                            .flat_map(crate::hours::nrw_public_holidays)
                            .map(|(d, _)| d)
                            .filter(|d| d.weekday() == slot.day)
                            .map(|d| d.to_datetime(slot.start))
                            .collect();
                    }
                    out.push(a);
                }
            }
            CityRule::NthWeekday { month, nth, day, start, end } => {
                for year in years {
                    if let Some(date) = nth_weekday(year, *month, *nth, *day) {
                        out.push(make(year.to_string(), on(date, start, end)));
                    }
                }
            }
            CityRule::LastWeek { month } => {
                for year in years {
                    if let Some(sunday) = nth_weekday(year, *month, -1, Weekday::Sunday) {
                        let monday = sunday.checked_sub(jiff::Span::new().days(6)).unwrap_or(sunday);
                        out.push(make(year.to_string(), When::AllDay { first: monday, last: sunday }));
                    }
                }
            }
            CityRule::Dates { dates, start, end } => {
                for date in dates.iter().filter(|d| years.contains(&d.year())) {
                    out.push(make(date.to_string(), on(*date, start, end)));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::recur::{day_window, occurrences_of};
    use jiff::civil::date;

    fn event(category: &str, rule: CityRule) -> CityEvent {
        CityEvent {
            id: category.into(),
            category: category.into(),
            rule,
            title: BTreeMap::from([("de".into(), format!("Titel {category}")), ("fa".into(), "عنوان".into())]),
            about: BTreeMap::new(),
            when_text: BTreeMap::new(),
            reviewed: BTreeMap::new(),
            place: Some("Rathaus".into()),
            contact: None,
            source: "seed".into(),
        }
    }

    fn now() -> jiff::Timestamp {
        "2026-11-24T10:00:00Z".parse().unwrap()
    }

    fn t(h: i8, m: i8) -> Time {
        Time::constant(h, m, 0, 0)
    }

    #[test]
    fn tag_des_dialogs_is_the_second_saturday_of_november() {
        let e =
            event("dialog", CityRule::NthWeekday { month: 11, nth: 2, day: Weekday::Saturday, start: None, end: None });
        let days: Vec<When> = e.appointments(2026..=2028, "de", now()).iter().map(|a| a.when).collect();
        assert_eq!(
            days,
            [date(2026, 11, 14), date(2027, 11, 13), date(2028, 11, 11)]
                .map(|d| When::AllDay { first: d, last: d })
                .to_vec()
        );
    }

    #[test]
    fn interkulturelle_woche_is_the_last_full_week_of_september() {
        let e = event("woche", CityRule::LastWeek { month: 9 });
        let weeks: Vec<When> = e.appointments(2026..=2027, "de", now()).iter().map(|a| a.when).collect();
        assert_eq!(
            weeks,
            vec![
                When::AllDay { first: date(2026, 9, 21), last: date(2026, 9, 27) },
                When::AllDay { first: date(2027, 9, 20), last: date(2027, 9, 26) },
            ]
        );
    }

    #[test]
    fn meb_hours_every_week_in_local_time_but_not_on_public_holidays() {
        let e = event(
            "beratung",
            CityRule::Weekly {
                slots: vec![
                    Slot { day: Weekday::Monday, start: t(10, 0), end: t(12, 0) },
                    Slot { day: Weekday::Thursday, start: t(13, 0), end: t(15, 0) },
                ],
                closed_on_holidays: true,
            },
        );
        let all = e.appointments(2026..=2026, "fa", now());
        assert!(all.iter().all(|a| a.check().is_ok() && a.title == "عنوان" && event_id(&a.uid) == Some("beratung")));
        assert_eq!(event_id("1234@willkommensmappe"), None);
        // April 2026: Easter Monday (6 April) is closed; the clocks went forward on 29 March.
        let (from, to) = day_window(date(2026, 4, 1), date(2026, 4, 30));
        let occ = occurrences_of(&all, from, to);
        let mondays: Vec<Date> =
            occ.iter().filter(|o| o.original.date().weekday() == Weekday::Monday).map(|o| o.original.date()).collect();
        assert_eq!(mondays, vec![date(2026, 4, 13), date(2026, 4, 20), date(2026, 4, 27)]);
        let first = occ.iter().find(|o| o.original.date() == date(2026, 4, 2)).unwrap();
        assert_eq!(first.start, "2026-04-02T11:00:00Z".parse::<jiff::Timestamp>().unwrap(), "13:00 CEST");
        // Ascension Day (Thursday 14 May) and Corpus Christi (Thursday 4 June) are closed too.
        let (from, to) = day_window(date(2026, 5, 14), date(2026, 6, 4));
        let thursdays: Vec<Date> = occurrences_of(&all, from, to)
            .iter()
            .map(|o| o.original.date())
            .filter(|d| d.weekday() == Weekday::Thursday)
            .collect();
        assert_eq!(thursdays, vec![date(2026, 5, 21), date(2026, 5, 28)]);
    }

    #[test]
    fn announced_dates_appear_and_none_means_no_entry() {
        let mut e = event("fest", CityRule::Dates { dates: vec![], start: Some(t(11, 0)), end: Some(t(17, 30)) });
        assert!(e.appointments(2026..=2027, "de", now()).is_empty());
        e.rule = CityRule::Dates { dates: vec![date(2027, 6, 12)], start: Some(t(11, 0)), end: Some(t(17, 30)) };
        let all = e.appointments(2026..=2027, "de", now());
        assert_eq!(all.len(), 1);
        assert_eq!(
            all[0].when,
            When::Timed { start: date(2027, 6, 12).at(11, 0, 0, 0), end: date(2027, 6, 12).at(17, 30, 0, 0) }
        );
    }

    #[test]
    fn bad_rules_are_reported() {
        assert!(event("x", CityRule::LastWeek { month: 13 }).check().is_err());
        assert!(event("x", CityRule::Weekly { slots: vec![], closed_on_holidays: false }).check().is_err());
        let half = CityRule::Dates { dates: vec![], start: Some(t(11, 0)), end: None };
        assert!(event("x", half).check().is_err());
        let mut untitled = event("x", CityRule::LastWeek { month: 9 });
        untitled.title.clear();
        assert!(untitled.check().is_err());
        assert!(event("x", CityRule::LastWeek { month: 9 }).check().is_ok());
    }
}
