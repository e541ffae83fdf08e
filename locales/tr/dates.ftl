# Willkommensmappe — month and weekday names, date and time patterns (tr).
# reviewed: false — machine translation, not yet checked by a person.

month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

month-short-1 = Oca
month-short-2 = Şub
month-short-3 = Mar
month-short-4 = Nis
month-short-5 = May
month-short-6 = Haz
month-short-7 = Tem
month-short-8 = Ağu
month-short-9 = Eyl
month-short-10 = Eki
month-short-11 = Kas
month-short-12 = Ara

weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar

weekday-short-1 = Pzt
weekday-short-2 = Sal
weekday-short-3 = Çar
weekday-short-4 = Per
weekday-short-5 = Cum
weekday-short-6 = Cmt
weekday-short-7 = Paz

# 24 Kasım 2026 Salı
date-long = { $day } { $month } { $year } { $weekday }
date-medium = { $day } { $month } { $year }
# 24 Kas Sal
date-short = { $day } { $month } { $weekday }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = Tüm gün
today = Bugün
tomorrow = Yarın
