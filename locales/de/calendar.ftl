# Willkommensmappe — calendar and notes strings (de).
