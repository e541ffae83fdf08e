# Willkommensmappe — month and weekday names, date and time patterns (kmr).
# reviewed: false — machine translation, not yet checked by a person.
# Month names as most Kurmanji readers know them (Rêbendan … Berfanbar). Some write
# January Çile or Kanûna Paşîn and December Kanûn or Kanûna Pêşîn instead.

month-1 = Rêbendan
month-2 = Sibat
month-3 = Adar
month-4 = Nîsan
month-5 = Gulan
month-6 = Hezîran
month-7 = Tîrmeh
month-8 = Tebax
month-9 = Îlon
month-10 = Cotmeh
month-11 = Mijdar
month-12 = Berfanbar

month-short-1 = Rêb
month-short-2 = Sib
month-short-3 = Ada
month-short-4 = Nîs
month-short-5 = Gul
month-short-6 = Hez
month-short-7 = Tîr
month-short-8 = Teb
month-short-9 = Îlo
month-short-10 = Cot
month-short-11 = Mij
month-short-12 = Ber

weekday-1 = Duşem
weekday-2 = Sêşem
weekday-3 = Çarşem
weekday-4 = Pêncşem
weekday-5 = În
weekday-6 = Şemî
weekday-7 = Yekşem

weekday-short-1 = Du
weekday-short-2 = Sê
weekday-short-3 = Çar
weekday-short-4 = Pên
weekday-short-5 = În
weekday-short-6 = Şem
weekday-short-7 = Yek

# Sêşem, 24 Mijdar 2026
date-long = { $weekday }, { $day } { $month } { $year }
date-medium = { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = Tevahiya rojê
today = Îro
tomorrow = Sibê
