# Willkommensmappe — month and weekday names, date and time patterns (fa).
# reviewed: false — machine translation, not yet checked by a person.
# Gregorian month names as written in Iran.

month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

# Persian has no customary abbreviations for month names.
month-short-1 = ژانویه
month-short-2 = فوریه
month-short-3 = مارس
month-short-4 = آوریل
month-short-5 = مه
month-short-6 = ژوئن
month-short-7 = ژوئیه
month-short-8 = اوت
month-short-9 = سپتامبر
month-short-10 = اکتبر
month-short-11 = نوامبر
month-short-12 = دسامبر

weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه

# The one-letter forms that head the columns of Iranian calendars.
weekday-short-1 = د
weekday-short-2 = س
weekday-short-3 = چ
weekday-short-4 = پ
weekday-short-5 = ج
weekday-short-6 = ش
weekday-short-7 = ی

# سه‌شنبه ۲۴ نوامبر ۲۰۲۶
date-long = { $weekday } { $day } { $month } { $year }
date-medium = { $day } { $month } { $year }
# The one-letter weekday is for grid headers only; in a line of text the full name reads better.
date-short = { $weekday-long } { $day } { $month }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = تمام روز
today = امروز
tomorrow = فردا
