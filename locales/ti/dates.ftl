# Willkommensmappe — month and weekday names, date and time patterns (ti).
# reviewed: false — machine translation, not yet checked by a person.
# Gregorian months by the names used for them in Eritrea (ጥሪ = January … ታሕሳስ = December);
# these are not the months of the Ethiopian calendar. Digits stay 0–9, as in everyday writing.

month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ

month-short-1 = ጥሪ
month-short-2 = ለካ
month-short-3 = መጋ
month-short-4 = ሚያ
month-short-5 = ግን
month-short-6 = ሰነ
month-short-7 = ሓም
month-short-8 = ነሓ
month-short-9 = መስ
month-short-10 = ጥቅ
month-short-11 = ሕዳ
month-short-12 = ታሕ

weekday-1 = ሰኑይ
weekday-2 = ሰሉስ
weekday-3 = ረቡዕ
weekday-4 = ሓሙስ
weekday-5 = ዓርቢ
weekday-6 = ቀዳም
weekday-7 = ሰንበት

weekday-short-1 = ሰኑ
weekday-short-2 = ሰሉ
weekday-short-3 = ረቡ
weekday-short-4 = ሓሙ
weekday-short-5 = ዓር
weekday-short-6 = ቀዳ
weekday-short-7 = ሰን

# ሰሉስ፣ 24 ሕዳር 2026
date-long = { $weekday }፣ { $day } { $month } { $year }
date-medium = { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = ምሉእ መዓልቲ
today = ሎሚ
tomorrow = ጽባሕ
