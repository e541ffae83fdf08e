# Willkommensmappe — calendar and notes strings (tr).
