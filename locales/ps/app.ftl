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

## Content updates (settings)
update-checking = د نوې منځپانګې لټون روان دی …
update-downloading = نوې منځپانګه راښکته کېږي
update-applied = نوې منځپانګه راورسېده.
update-up-to-date = منځپانګه تازه ده.
update-offline = اړیکه نشته. پروګرام به وروسته بیا هڅه وکړي.
update-waiting-for-wifi = نوې منځپانګه د وای فای په تمه ده.
update-last-success = وروستۍ بریالۍ کتنه: { $when }
update-never-checked = تر اوسه هېڅکله په بریالیتوب سره د نوې منځپانګې لټون نه دی شوی.
update-last-error = وروستۍ کتنه ناکامه شوه:
update-outdated = دا منځپانګه ښايي زړه وي. مهرباني وکړئ مهم معلومات بیا وګورئ.
update-check-now = همدا اوس نوې منځپانګه ولټوئ
update-wifi-only = لوی ډاونلوډونه یوازې په وای فای
update-origin = د منځپانګې سرچینه (د ازموینې لپاره)
update-origin-hint = یوازې هغه وخت یې بدل کړئ چې ښار یې درنه وغواړي. پروګرام یوازې هغه منځپانګه مني چې ښار لاسلیک کړې وي.
update-origin-label = د منځپانګې پته
update-origin-save = خوندي کړئ
update-origin-reset = بېرته یې لومړني حالت ته راوګرځوئ
update-error-not-configured = د پروګرام دا نسخه د نوې منځپانګې هېڅ سرچینه نه پېژني.
update-error-server = سرور یوه تېروتنه وښوده ({ $status }). اوسنۍ منځپانګه پاتې کېږي.
update-error-redirected = سرور غوښتل پروګرام بلې پتې ته ولېږي. دا رد شو.
update-error-timeout = سرور نور ځواب ور نه کړ. اوسنۍ منځپانګه پاتې کېږي.
update-error-expired = سرور یوازې هغه منځپانګه وړاندې کوي چې موده یې تېره شوې ده. منځپانګه ښايي زړه وي.
update-error-rollback = سرور زړه منځپانګه وړاندې کوي. هغه رد شوه.
update-error-signature = وړاندې شوې منځپانګه د ښار لخوا لاسلیک شوې نه ده. هغه رد شوه.
update-error-app-too-old = نوې منځپانګه د پروګرام نوې نسخې ته اړتیا لري.
update-error-malformed = د سرور ځواب ونه لوستل شو. اوسنۍ منځپانګه پاتې کېږي.
update-error-damaged = یو فایل خراب راورسېد. اوسنۍ منځپانګه پاتې کېږي.
update-error-too-large = یو فایل له اعلان شوې اندازې لوی و. هغه رد شو.
update-error-truncated = اړیکه پرې شوه. بل ځل به له هماغه ځایه دوام وکړي.
update-error-storage = نوې منځپانګه خوندي نه شوه. ایا د وسیلې حافظه ډکه ده؟
