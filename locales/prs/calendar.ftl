# Willkommensmappe — calendar and notes strings (prs).
