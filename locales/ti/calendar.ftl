# Willkommensmappe — calendar and notes strings (ti).
