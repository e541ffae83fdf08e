# Willkommensmappe — calendar and notes strings (ru).
