# Willkommensmappe — month and weekday names, date and time patterns (de).
#
# Gregorianischer Kalender, Woche ab Montag (weekday-1 = Montag … weekday-7 = Sonntag).
# Die Muster bekommen ihre Argumente schon übersetzt und in den Ziffern der Sprache:
#   $weekday, $day, $month, $year: Wochentag, Tag, Monatsname, Jahr
#   date-short: $weekday ist die Kurzform, $weekday-long der volle Name, $month die Kurzform
#   $month-number: der Monat als Zahl 1–12, nur zum Auswählen einer Form (Beugung, z. B. im
#   Russischen der Genitiv „ноября“), nie zum Anzeigen.
#   $start, $end: Uhrzeiten „08:30“

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.

weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag

weekday-short-1 = Mo
weekday-short-2 = Di
weekday-short-3 = Mi
weekday-short-4 = Do
weekday-short-5 = Fr
weekday-short-6 = Sa
weekday-short-7 = So

# Dienstag, 24. November 2026
date-long = { $weekday }, { $day }. { $month } { $year }
# 24. November 2026
date-medium = { $day }. { $month } { $year }
# Di 24. Nov.
date-short = { $weekday } { $day }. { $month }
# November 2026
month-year = { $month } { $year }
# 08:30–09:15
time-range = { $start }–{ $end }
all-day = Ganztägig
today = Heute
tomorrow = Morgen
