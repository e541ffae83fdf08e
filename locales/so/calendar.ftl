# Willkommensmappe — calendar and notes strings (so).
