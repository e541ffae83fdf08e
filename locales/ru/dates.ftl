# Willkommensmappe — month and weekday names, date and time patterns (ru).
# reviewed: false — machine translation, not yet checked by a person.
# month-N is the nominative (standalone, e.g. a month heading). In a date the month takes the
# genitive ("24 ноября"), chosen by $month-number.

month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь

month-short-1 = янв.
month-short-2 = февр.
month-short-3 = март
month-short-4 = апр.
month-short-5 = май
month-short-6 = июнь
month-short-7 = июль
month-short-8 = авг.
month-short-9 = сент.
month-short-10 = окт.
month-short-11 = нояб.
month-short-12 = дек.

weekday-1 = Понедельник
weekday-2 = Вторник
weekday-3 = Среда
weekday-4 = Четверг
weekday-5 = Пятница
weekday-6 = Суббота
weekday-7 = Воскресенье

weekday-short-1 = Пн
weekday-short-2 = Вт
weekday-short-3 = Ср
weekday-short-4 = Чт
weekday-short-5 = Пт
weekday-short-6 = Сб
weekday-short-7 = Вс

# Вторник, 24 ноября 2026 г.
date-long = { $weekday }, { $day } { $month-number ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
        [12] декабря
       *[other] { $month }
    } { $year } г.
date-medium = { $day } { $month-number ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
        [12] декабря
       *[other] { $month }
    } { $year } г.
# Вт 24 нояб. (the short genitive differs from month-short-N only for March, May, June, July)
date-short = { $weekday } { $day } { $month-number ->
        [3] мар.
        [5] мая
        [6] июн.
        [7] июл.
       *[other] { $month }
    }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = Весь день
today = Сегодня
tomorrow = Завтра
