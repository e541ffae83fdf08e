# Willkommensmappe — month and weekday names, date and time patterns (en).
# reviewed: false — machine translation, not yet checked by a person.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun

# Tuesday 24 November 2026
date-long = { $weekday } { $day } { $month } { $year }
date-medium = { $day } { $month } { $year }
# Tue 24 Nov
date-short = { $weekday } { $day } { $month }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = All day
today = Today
tomorrow = Tomorrow
