# Willkommensmappe — month and weekday names, date and time patterns (uk).
# reviewed: false — machine translation, not yet checked by a person.
# month-N is the nominative (standalone, e.g. a month heading). In a date the month takes the
# genitive ("24 листопада"), chosen by $month-number.

month-1 = Січень
month-2 = Лютий
month-3 = Березень
month-4 = Квітень
month-5 = Травень
month-6 = Червень
month-7 = Липень
month-8 = Серпень
month-9 = Вересень
month-10 = Жовтень
month-11 = Листопад
month-12 = Грудень

month-short-1 = січ.
month-short-2 = лют.
month-short-3 = бер.
month-short-4 = квіт.
month-short-5 = трав.
month-short-6 = черв.
month-short-7 = лип.
month-short-8 = серп.
month-short-9 = вер.
month-short-10 = жовт.
month-short-11 = лист.
month-short-12 = груд.

weekday-1 = Понеділок
weekday-2 = Вівторок
weekday-3 = Середа
weekday-4 = Четвер
weekday-5 = Пʼятниця
weekday-6 = Субота
weekday-7 = Неділя

weekday-short-1 = Пн
weekday-short-2 = Вт
weekday-short-3 = Ср
weekday-short-4 = Чт
weekday-short-5 = Пт
weekday-short-6 = Сб
weekday-short-7 = Нд

# Вівторок, 24 листопада 2026 р.
date-long = { $weekday }, { $day } { $month-number ->
        [1] січня
        [2] лютого
        [3] березня
        [4] квітня
        [5] травня
        [6] червня
        [7] липня
        [8] серпня
        [9] вересня
        [10] жовтня
        [11] листопада
        [12] грудня
       *[other] { $month }
    } { $year } р.
date-medium = { $day } { $month-number ->
        [1] січня
        [2] лютого
        [3] березня
        [4] квітня
        [5] травня
        [6] червня
        [7] липня
        [8] серпня
        [9] вересня
        [10] жовтня
        [11] листопада
        [12] грудня
       *[other] { $month }
    } { $year } р.
# Вт 24 лист. (the short forms are the same in the genitive)
date-short = { $weekday } { $day } { $month }
month-year = { $month } { $year }
time-range = { $start }–{ $end }
all-day = Увесь день
today = Сьогодні
tomorrow = Завтра
