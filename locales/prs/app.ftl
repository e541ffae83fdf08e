# Willkommensmappe — متن‌های برنامه، دری.
# reviewed: false — ترجمهٔ ماشینی از آلمانی، هنوز کسی آن را بررسی نکرده است.
# پیام‌هایی که اینجا نیستند از فارسی (fa) گرفته می‌شوند.

app-title = پوشهٔ خوش‌آمدید
app-subtitle = نویس – آغاز شما در شهر
loading = در حال بارگیری …
skip-to-content = رفتن به محتوا
nav-back = پس
nav-home = صفحهٔ عمومی
home-heading = به چه ضرورت دارید؟

tile-onboarding = گام‌های نخست
tile-contacts = تماس‌ها و ادارات
tile-meb = دفتر مشوره (MEB)
tile-course = تصدیق کرایه‌نشینی
tile-bus = سرویس
tile-documents = اسناد
tile-calendar = جنتری
tile-notes = یادداشت‌ها
tile-emergency = حالت اضطرار
tile-settings = تنظیمات

coming-soon-title = به‌زودی
coming-soon-body = این بخش پوشهٔ خوش‌آمدید هنوز آماده نیست. با یکی از نسخه‌های بعدی برنامه می‌آید.

language-choose = زبان را انتخاب کنید
language-choose-hint = روی زبان خود بزنید. بعداً می‌توانید آن را در تنظیمات تغییر بدهید.
language-current = زبان: { $name }

settings-language = زبان
settings-text-size = اندازهٔ متن
text-size-normal = عادی
text-size-large = کلان
text-size-extra-large = بسیار کلان
settings-high-contrast = تضاد بلند
settings-high-contrast-hint = متن سیاه روی سفید، چوکات‌های پررنگ.
settings-saved = ذخیره شد.

error-unreadable-title = معلومات ذخیره‌شدهٔ شما خوانده نمی‌شود
error-unreadable-body = فایل خراب شده است. هیچ چیز پاک نشده است. می‌توانید یک کاپی آن را نگه دارید و از سر شروع کنید. کاپی روی همین دستگاه می‌ماند.
error-keep-copy = کاپی را نگه دار و از سر شروع کن
error-retry = دوباره کوشش کنید

busy-title = برنامه در یک پنجرهٔ دیگر باز است
busy-use-here = اینجا استفاده کن

topic-contacts = راه‌های تماس
contact-call = زنگ زدن
contact-save = ذخیره در شماره‌ها
hours-open = حالا باز است
hours-open-until = حالا باز است، تا ساعت { $time }
hours-closed = حالا بسته است
hours-closed-opens = حالا بسته است. { $day } ساعت { $time } باز می‌شود.
day-today = امروز
day-tomorrow = فردا
search-label = جستجو
search-placeholder = جستجو، مثلاً: کورس زبان
search-none = چیزی پیدا نشد.
contact-topics = موضوعات
settings-content = محتوا
settings-content-version = نسخهٔ { $version }
content-as-of = محتوا به تاریخ { $date }

## Content updates (settings)
update-checking = در حال جستجوی محتوای نو …
update-downloading = محتوای نو در حال بارگیری است
update-applied = محتوای نو رسید.
update-up-to-date = محتوا به‌روز است.
update-offline = اتصال وجود ندارد. برنامه بعداً دوباره کوشش می‌کند.
update-waiting-for-wifi = محتوای نو منتظر وای‌فای است.
update-last-success = آخرین بررسی موفق: { $when }
update-never-checked = تا حالا هیچ‌وقت محتوای نو با موفقیت جستجو نشده است.
update-last-error = آخرین بررسی ناکام شد:
update-outdated = این محتوا شاید کهنه باشد. لطفاً معلومات مهم را دوباره بررسی کنید.
update-check-now = حالا محتوای نو را جستجو کنید
update-wifi-only = دانلودهای کلان فقط با وای‌فای
update-origin = منبع محتوا (برای آزمایش)
update-origin-hint = فقط وقتی این را تغییر بدهید که شهر از شما بخواهد. برنامه فقط محتوایی را قبول می‌کند که شهر امضا کرده است.
update-origin-label = آدرس محتوا
update-origin-save = ذخیره
update-origin-reset = برگرداندن به حالت اول
update-error-not-configured = این نسخهٔ برنامه هیچ منبعی برای محتوای نو نمی‌شناسد.
update-error-server = سرور یک خطا گزارش داد ({ $status }). محتوای فعلی می‌ماند.
update-error-redirected = سرور می‌خواست برنامه را به یک آدرس دیگر بفرستد. این قبول نشد.
update-error-timeout = سرور دیگر جواب نداد. محتوای فعلی می‌ماند.
update-error-expired = سرور فقط محتوای تاریخ‌گذشته می‌دهد. محتوا شاید کهنه باشد.
update-error-rollback = سرور محتوای کهنه‌تر می‌دهد. قبول نشد.
update-error-signature = محتوای داده‌شده امضای شهر را ندارد. قبول نشد.
update-error-app-too-old = محتوای نو به نسخهٔ جدیدتر برنامه ضرورت دارد.
update-error-malformed = جواب سرور خوانده نشد. محتوای فعلی می‌ماند.
update-error-damaged = یک فایل خراب رسید. محتوای فعلی می‌ماند.
update-error-too-large = یک فایل از اندازهٔ اعلام‌شده کلان‌تر بود. قبول نشد.
update-error-truncated = اتصال قطع شد. دفعهٔ بعد از همان‌جا ادامه پیدا می‌کند.
update-error-storage = محتوای نو ذخیره نشد. آیا حافظهٔ دستگاه پر است؟
