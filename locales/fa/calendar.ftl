# Willkommensmappe — calendar and notes strings (fa).
