# Willkommensmappe — month and weekday names, date and time patterns (ps).
# reviewed: false — machine translation, not yet checked by a person.
# Gregorian month names as written in Afghanistan (as in CLDR ps).

month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپریل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

# Pashto has no customary abbreviations for month names.
month-short-1 = جنوري
month-short-2 = فبروري
month-short-3 = مارچ
month-short-4 = اپریل
month-short-5 = مۍ
month-short-6 = جون
month-short-7 = جولای
month-short-8 = اګست
month-short-9 = سپتمبر
month-short-10 = اکتوبر
month-short-11 = نومبر
month-short-12 = دسمبر

# The names used in everyday Afghan Pashto (as in app.ftl).
weekday-1 = دوشنبه
weekday-2 = سه شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه

# No customary short forms: written out.
weekday-short-1 = دوشنبه
weekday-short-2 = سه شنبه
weekday-short-3 = چهارشنبه
weekday-short-4 = پنجشنبه
weekday-short-5 = جمعه
weekday-short-6 = شنبه
weekday-short-7 = یکشنبه

date-long = { $weekday }، { $day } { $month } { $year }
date-medium = { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = ټوله ورځ
today = نن
tomorrow = سبا
