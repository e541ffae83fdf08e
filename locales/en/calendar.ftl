# Willkommensmappe — calendar and notes strings (en).
