# Willkommensmappe — month and weekday names, date and time patterns (so).
# reviewed: false — machine translation, not yet checked by a person.

month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maayo
month-6 = Juun
month-7 = Luulyo
month-8 = Agosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Noofeembar
month-12 = Diseembar

month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Abr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Lul
month-short-8 = Ago
month-short-9 = Seb
month-short-10 = Okt
month-short-11 = Nof
month-short-12 = Dis

weekday-1 = Isniin
weekday-2 = Talaado
weekday-3 = Arbaco
weekday-4 = Khamiis
weekday-5 = Jimco
weekday-6 = Sabti
weekday-7 = Axad

weekday-short-1 = Isn
weekday-short-2 = Tal
weekday-short-3 = Arb
weekday-short-4 = Kha
weekday-short-5 = Jim
weekday-short-6 = Sab
weekday-short-7 = Axd

# Talaado, 24 Noofeembar 2026
date-long = { $weekday }, { $day } { $month } { $year }
date-medium = { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = Maalinta oo dhan
today = Maanta
tomorrow = Berri
