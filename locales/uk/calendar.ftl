# Willkommensmappe — calendar and notes strings (uk).
