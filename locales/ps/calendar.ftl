# Willkommensmappe — calendar and notes strings (ps).
