# Willkommensmappe — calendar and notes strings (kmr).
