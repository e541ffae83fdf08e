# Willkommensmappe — month and weekday names, date and time patterns (ar).
