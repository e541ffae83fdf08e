# Willkommensmappe — د پروګرام متنونه، پښتو.
# reviewed: false — له آلماني ژبې ماشيني ژباړه، تر اوسه چا نه ده کتلې.
# هغه پيغامونه چې دلته نشته، له دري (prs) او بيا له فارسي (fa) اخيستل کېږي.

app-title = د ښه راغلاست دوسیه
app-subtitle = نویس – په ښار کې ستاسو پیل
loading = پورته کېږي …
skip-to-content = منځپانګې ته ورشئ
nav-back = شاته
nav-home = کور پاڼه
home-heading = تاسو څه ته اړتیا لرئ؟

tile-onboarding = لومړني ګامونه
tile-contacts = اړیکې او ادارې
tile-meb = د مشورې دفتر (MEB)
tile-course = د کرایه‌دار سند
tile-bus = بس
tile-documents = اسناد
tile-calendar = جنتري
tile-notes = یادښتونه
tile-emergency = بیړني حالت
tile-settings = تنظیمات

coming-soon-title = ژر راځي
coming-soon-body = د ښه راغلاست دوسیې دا برخه لا چمتو نه ده. د پروګرام له راتلونکو نسخو سره به راشي.

language-choose = ژبه وټاکئ
language-choose-hint = په خپله ژبه ټک وکړئ. وروسته یې په تنظیماتو کې بدلولی شئ.
language-current = ژبه: { $name }

settings-language = ژبه
settings-text-size = د لیکنې اندازه
text-size-normal = عادي
text-size-large = لوی
text-size-extra-large = ډېر لوی
settings-high-contrast = لوړ توپیر
settings-saved = خوندي شو.

busy-title = پروګرام په بله کړکۍ کې خلاص دی
busy-use-here = دلته یې وکاروئ

topic-contacts = د اړیکو لارې
page-unreviewed = ماشيني ژباړه، لا چا نه ده کتلې.
contact-call = زنګ ووهئ
contact-write = برېښنالیک
contact-map = په نقشه کې یې وګورئ
contact-web = وېب پاڼه
contact-save = د اړیکې په توګه یې خوندي کړئ
hours-open = اوس پرانیستی دی
hours-open-until = اوس پرانیستی دی، تر { $time } بجو
hours-closed = اوس تړلی دی
hours-closed-opens = اوس تړلی دی. { $day } په { $time } بجو پرانیستل کېږي.
day-today = نن
day-tomorrow = سبا
weekday-mo = دوشنبه
weekday-tu = سه شنبه
weekday-we = چهارشنبه
weekday-th = پنجشنبه
weekday-fr = جمعه
weekday-sa = شنبه
weekday-su = یکشنبه
search-label = لټون
search-placeholder = لټون، لکه: د ژبې کورس
search-none = هېڅ ونه موندل شول.
contact-topics = موضوعګانې
settings-content = منځپانګه
settings-content-version = نسخه { $version }
