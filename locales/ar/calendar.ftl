# Willkommensmappe — calendar and notes strings (ar).
