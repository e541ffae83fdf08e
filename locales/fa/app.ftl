# Willkommensmappe — متن‌های رابط کاربری، فارسی.
# reviewed: false — ترجمهٔ ماشینی از آلمانی، هنوز کسی آن را بازبینی نکرده است.

app-title = پوشهٔ خوش‌آمدگویی
app-subtitle = نویس – شروع شما در شهر
loading = در حال بارگذاری …
skip-to-content = رفتن به محتوا
nav-back = بازگشت
nav-home = صفحهٔ اصلی
home-heading = به چه چیزی نیاز دارید؟

tile-onboarding = نخستین گام‌ها
tile-contacts = تماس‌ها و ادارات
tile-meb = دفتر مشاوره (MEB)
tile-course = گواهی مستأجری
tile-bus = اتوبوس
tile-documents = مدارک
tile-calendar = تقویم
tile-notes = یادداشت‌ها
tile-emergency = اورژانس
tile-settings = تنظیمات

coming-soon-title = به‌زودی
coming-soon-body = این بخش از پوشهٔ خوش‌آمدگویی هنوز آماده نیست. با یکی از نسخه‌های بعدی برنامه می‌آید.

language-choose = انتخاب زبان
language-choose-hint = روی زبان خود بزنید. بعداً می‌توانید آن را در تنظیمات تغییر دهید.
language-current = زبان: { $name }

settings-language = زبان
settings-text-size = اندازهٔ متن
text-size-normal = معمولی
text-size-large = بزرگ
text-size-extra-large = خیلی بزرگ
settings-high-contrast = کنتراست بالا
settings-high-contrast-hint = متن سیاه روی سفید، حاشیه‌های پررنگ.
settings-saved = ذخیره شد.

error-unreadable-title = داده‌های ذخیره‌شدهٔ شما خوانده نمی‌شوند
error-unreadable-body = فایل آسیب دیده است. چیزی پاک نشده است. می‌توانید یک نسخه از آن نگه دارید و از نو شروع کنید. این نسخه روی همین دستگاه می‌ماند.
error-too-new-title = این نسخهٔ برنامه برای داده‌های شما قدیمی است
error-too-new-body = داده‌های شما از نسخهٔ جدیدتری از برنامه است. لطفاً برنامه را به‌روز کنید. یا یک نسخه نگه دارید و از نو شروع کنید.
error-keep-copy = نگه‌داشتن نسخه و شروع دوباره
error-kept-copy = داده‌های قدیمی به‌صورت نسخه ذخیره شد: { $name }
error-storage-title = ذخیره کردن الان ممکن نیست
error-storage-body = لطفاً دوباره امتحان کنید. اگر باز هم نشد: آیا حافظهٔ دستگاه پر است؟
error-retry = دوباره امتحان کنید
error-details = جزئیات فنی

busy-title = برنامه در پنجرهٔ دیگری باز است
busy-body = پوشهٔ خوش‌آمدگویی را فقط در یک پنجره در یک زمان می‌توانید استفاده کنید. این‌طور چیزی گم نمی‌شود.
busy-use-here = استفاده در اینجا

update-ready = نسخهٔ تازه‌ای از برنامه آماده است.
update-now = همین حالا به‌روز کنید

fallback-probe = آزمون زبان جایگزین

not-found-title = صفحه پیدا نشد
not-found-body = این صفحه وجود ندارد. به صفحهٔ اصلی برگردید.

topic-contacts = راه‌های تماس
page-in-other-language = این صفحه هنوز به زبان شما نیست. آن را به این زبان می‌بینید: { $language }.
page-unreviewed = ترجمهٔ ماشینی، هنوز کسی آن را بازبینی نکرده است.
contact-call = تماس
contact-write = ایمیل
contact-map = نمایش در برنامهٔ نقشه
contact-map-web = نقشه در اینترنت
contact-web = وب‌سایت
contact-save = ذخیره در مخاطبین
hours-open = اکنون باز است
hours-open-until = اکنون باز است، تا ساعت { $time }
hours-open-until-day = اکنون باز است، تا { $day } ساعت { $time }
hours-closed = اکنون بسته است
hours-closed-opens = اکنون بسته است. { $day } ساعت { $time } باز می‌شود.
hours-unknown = ساعت کاری: { $comment }
day-today = امروز
day-tomorrow = فردا
weekday-mo = دوشنبه
weekday-tu = سه‌شنبه
weekday-we = چهارشنبه
weekday-th = پنجشنبه
weekday-fr = جمعه
weekday-sa = شنبه
weekday-su = یکشنبه
content-as-of = محتوا به تاریخ { $date }
side-by-side = نمایش در کنار زبانی دیگر
search-label = جستجو
search-placeholder = جستجو، مثلاً: کلاس زبان
search-none = چیزی پیدا نشد.
contact-topics = موضوع‌ها
settings-content = محتوا
settings-content-version = نسخهٔ { $version }

## Content updates (settings)
update-checking = در حال جستجوی محتوای تازه …
update-downloading = محتوای تازه در حال بارگذاری است
update-applied = محتوای تازه رسید.
update-up-to-date = محتوا به‌روز است.
update-offline = اتصال برقرار نیست. برنامه بعداً دوباره امتحان می‌کند.
update-waiting-for-wifi = محتوای تازه منتظر وای‌فای است.
update-last-success = آخرین بررسی موفق: { $when }
update-never-checked = تا حالا هیچ بررسی موفقی برای محتوای تازه انجام نشده است.
update-last-error = آخرین بررسی ناموفق بود:
update-outdated = این محتوا شاید قدیمی باشد. لطفاً اطلاعات مهم را دوباره بررسی کنید.
update-check-now = همین حالا دنبال محتوای تازه بگردید
update-wifi-only = دانلودهای بزرگ فقط با وای‌فای
update-origin = منبع محتوا (برای آزمایش)
update-origin-hint = فقط وقتی این را تغییر دهید که شهر از شما بخواهد. برنامه فقط محتوایی را می‌پذیرد که شهر امضا کرده است.
update-origin-label = نشانی محتوا
update-origin-save = ذخیره
update-origin-reset = بازنشانی
update-error-not-configured = این نسخهٔ برنامه هیچ منبعی برای محتوای تازه نمی‌شناسد.
update-error-server = سرور خطایی گزارش داد ({ $status }). محتوای فعلی می‌ماند.
update-error-redirected = سرور می‌خواست برنامه را به نشانی دیگری بفرستد. این کار پذیرفته نشد.
update-error-timeout = سرور دیگر پاسخ نداد. محتوای فعلی می‌ماند.
update-error-expired = سرور فقط محتوای منقضی‌شده ارائه می‌دهد. محتوا شاید قدیمی باشد.
update-error-rollback = سرور محتوای قدیمی‌تری ارائه می‌دهد. پذیرفته نشد.
update-error-signature = محتوای ارائه‌شده امضای شهر را ندارد. پذیرفته نشد.
update-error-app-too-old = محتوای تازه به نسخهٔ جدیدتری از برنامه نیاز دارد.
update-error-malformed = پاسخ سرور خوانده نشد. محتوای فعلی می‌ماند.
update-error-damaged = یک فایل آسیب‌دیده رسید. محتوای فعلی می‌ماند.
update-error-too-large = یک فایل بزرگ‌تر از اندازهٔ اعلام‌شده بود. پذیرفته نشد.
update-error-truncated = اتصال قطع شد. دفعهٔ بعد از همان‌جا ادامه پیدا می‌کند.
update-error-storage = محتوای تازه ذخیره نشد. آیا حافظهٔ دستگاه پر است؟
