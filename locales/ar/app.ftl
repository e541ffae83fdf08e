# Willkommensmappe — نصوص الواجهة، العربية.
# reviewed: false — ترجمة آلية من الألمانية، لم يراجعها شخص بعد.

app-title = ملف الترحيب
app-subtitle = نويس – بدايتك في المدينة
loading = جارٍ التحميل …
skip-to-content = انتقل إلى المحتوى
nav-back = رجوع
nav-home = الصفحة الرئيسية
home-heading = ماذا تحتاج؟

tile-onboarding = الخطوات الأولى
tile-contacts = جهات الاتصال والدوائر
tile-meb = مكتب الاستشارة (MEB)
tile-course = رخصة المستأجر
tile-bus = الحافلة
tile-documents = المستندات
tile-calendar = التقويم
tile-notes = الملاحظات
tile-emergency = الطوارئ
tile-settings = الإعدادات

coming-soon-title = قريبًا
coming-soon-body = هذا الجزء من ملف الترحيب غير جاهز بعد. سيأتي مع إحدى النسخ القادمة من التطبيق.

language-choose = اختر اللغة
language-choose-hint = اضغط على لغتك. يمكنك تغييرها لاحقًا في الإعدادات.
language-current = اللغة: { $name }

settings-language = اللغة
settings-text-size = حجم الخط
text-size-normal = عادي
text-size-large = كبير
text-size-extra-large = كبير جدًا
settings-high-contrast = تباين عالٍ
settings-high-contrast-hint = نص أسود على أبيض، وحدود واضحة.
settings-saved = تم الحفظ.

error-unreadable-title = لا يمكن قراءة بياناتك المحفوظة
error-unreadable-body = الملف تالف. لم يُحذف شيء. يمكنك الاحتفاظ بنسخة منه والبدء من جديد. تبقى النسخة على هذا الجهاز.
error-too-new-title = نسخة التطبيق هذه قديمة جدًا لبياناتك
error-too-new-body = بياناتك من نسخة أحدث من التطبيق. يرجى تحديث التطبيق. أو احتفظ بنسخة وابدأ من جديد.
error-keep-copy = احتفظ بنسخة وابدأ من جديد
error-kept-copy = تم حفظ البيانات القديمة كنسخة: { $name }
error-storage-title = الحفظ غير ممكن الآن
error-storage-body = يرجى المحاولة مرة أخرى. إذا لم ينجح ذلك: هل ذاكرة الجهاز ممتلئة؟
error-retry = حاول مرة أخرى
error-details = تفاصيل تقنية

busy-title = التطبيق مفتوح بالفعل في نافذة أخرى
busy-body = يمكنك استخدام ملف الترحيب في نافذة واحدة فقط في نفس الوقت. هكذا لا يضيع شيء.
busy-use-here = استخدمه هنا

update-ready = نسخة جديدة من التطبيق جاهزة.
update-now = حدّث الآن

not-found-title = الصفحة غير موجودة
not-found-body = هذه الصفحة غير موجودة. ارجع إلى الصفحة الرئيسية.

topic-contacts = جهات الاتصال
page-in-other-language = هذه الصفحة غير متوفرة بلغتك بعد. تراها باللغة: { $language }.
page-unreviewed = ترجمة آلية، لم يراجعها شخص بعد.
contact-call = اتصال
contact-write = بريد إلكتروني
contact-map = عرض في تطبيق الخرائط
contact-map-web = خريطة على الإنترنت
contact-web = الموقع الإلكتروني
contact-save = حفظ كجهة اتصال
hours-open = مفتوح الآن
hours-open-until = مفتوح الآن حتى الساعة { $time }
hours-open-until-day = مفتوح الآن حتى { $day } الساعة { $time }
hours-closed = مغلق الآن
hours-closed-opens = مغلق الآن. يفتح { $day } الساعة { $time }.
hours-unknown = أوقات العمل: { $comment }
day-today = اليوم
day-tomorrow = غدًا
weekday-mo = الاثنين
weekday-tu = الثلاثاء
weekday-we = الأربعاء
weekday-th = الخميس
weekday-fr = الجمعة
weekday-sa = السبت
weekday-su = الأحد
content-as-of = المحتوى بتاريخ { $date }
side-by-side = عرض بجانب لغة أخرى
search-label = بحث
search-placeholder = ابحث، مثلًا: دورة لغة
search-none = لم يتم العثور على شيء.
contact-topics = المواضيع
settings-content = المحتوى
settings-content-version = الإصدار { $version }

## Content updates (settings)
update-checking = جارٍ البحث عن محتوى جديد …
update-downloading = جارٍ تحميل المحتوى الجديد
update-applied = وصل محتوى جديد.
update-up-to-date = المحتوى محدَّث.
update-offline = لا يوجد اتصال. سيحاول التطبيق مرة أخرى لاحقًا.
update-waiting-for-wifi = المحتوى الجديد ينتظر شبكة الواي فاي.
update-last-success = آخر فحص ناجح: { $when }
update-never-checked = لم يتم البحث عن محتوى جديد بنجاح حتى الآن.
update-last-error = فشل آخر فحص:
update-outdated = قد يكون هذا المحتوى قديمًا. يرجى التأكد من المعلومات المهمة.
update-check-now = ابحث عن محتوى جديد الآن
update-wifi-only = التنزيلات الكبيرة عبر الواي فاي فقط
update-origin = مصدر المحتوى (للاختبار)
update-origin-hint = غيّر هذا فقط إذا طلبت منك المدينة ذلك. يقبل التطبيق فقط المحتوى الذي وقّعته المدينة.
update-origin-label = عنوان المحتوى
update-origin-save = حفظ
update-origin-reset = إعادة تعيين
update-error-not-configured = نسخة التطبيق هذه لا تعرف مصدرًا للمحتوى الجديد.
update-error-server = أبلغ الخادم عن خطأ ({ $status }). يبقى المحتوى الحالي.
update-error-redirected = حاول الخادم إرسال التطبيق إلى عنوان آخر. تم رفض ذلك.
update-error-timeout = توقف الخادم عن الرد. يبقى المحتوى الحالي.
update-error-expired = الخادم يقدّم محتوى منتهي الصلاحية فقط. قد يكون المحتوى قديمًا.
update-error-rollback = الخادم يقدّم محتوى أقدم. تم رفضه.
update-error-signature = المحتوى المعروض غير موقَّع من المدينة. تم رفضه.
update-error-app-too-old = المحتوى الجديد يحتاج إلى نسخة أحدث من التطبيق.
update-error-malformed = تعذّرت قراءة رد الخادم. يبقى المحتوى الحالي.
update-error-damaged = وصل ملف تالفًا. يبقى المحتوى الحالي.
update-error-too-large = كان أحد الملفات أكبر مما أُعلن عنه. تم رفضه.
update-error-truncated = انقطع الاتصال. في المرة القادمة يستمر من حيث توقف.
update-error-storage = تعذّر حفظ المحتوى الجديد. هل ذاكرة الجهاز ممتلئة؟
