# Willkommensmappe — month and weekday names, date and time patterns (ar).
# reviewed: false — machine translation, not yet checked by a person.
# Month names: the form used in Egypt and the Gulf (يناير …). In Syria, Iraq, Lebanon and
# Jordan the Syriac names are also common (كانون الثاني، شباط، آذار …); readers know both.

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

# Arabic has no customary abbreviations for month names.
month-short-1 = يناير
month-short-2 = فبراير
month-short-3 = مارس
month-short-4 = أبريل
month-short-5 = مايو
month-short-6 = يونيو
month-short-7 = يوليو
month-short-8 = أغسطس
month-short-9 = سبتمبر
month-short-10 = أكتوبر
month-short-11 = نوفمبر
month-short-12 = ديسمبر

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

# Without the article, as printed calendars head their columns.
weekday-short-1 = اثنين
weekday-short-2 = ثلاثاء
weekday-short-3 = أربعاء
weekday-short-4 = خميس
weekday-short-5 = جمعة
weekday-short-6 = سبت
weekday-short-7 = أحد

# الثلاثاء، ٢٤ نوفمبر ٢٠٢٦
date-long = { $weekday }، { $day } { $month } { $year }
date-medium = { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = طوال اليوم
today = اليوم
tomorrow = غدًا
