# Willkommensmappe — тексти інтерфейсу, українська.
# reviewed: false — машинний переклад з німецької, ще не перевірений людиною.

app-title = Вітальна тека
app-subtitle = Нойс – ваш початок у місті
loading = Завантаження …
skip-to-content = Перейти до змісту
nav-back = Назад
nav-home = Головна
home-heading = Що вам потрібно?

tile-onboarding = Перші кроки
tile-contacts = Контакти й установи
tile-meb = Консультаційне бюро (MEB)
tile-course = Посвідчення орендаря
tile-bus = Автобус
tile-documents = Документи
tile-calendar = Календар
tile-notes = Нотатки
tile-emergency = Екстрена допомога
tile-settings = Налаштування

coming-soon-title = Незабаром
coming-soon-body = Ця частина вітальної теки ще не готова. Вона з'явиться в одній із наступних версій застосунку.

language-choose = Оберіть мову
language-choose-hint = Торкніться своєї мови. Пізніше її можна змінити в налаштуваннях.
language-current = Мова: { $name }

settings-language = Мова
settings-text-size = Розмір тексту
text-size-normal = Звичайний
text-size-large = Великий
text-size-extra-large = Дуже великий
settings-high-contrast = Висока контрастність
settings-high-contrast-hint = Чорний текст на білому, чіткі рамки.
settings-saved = Збережено.

error-unreadable-title = Збережені дані неможливо прочитати
error-unreadable-body = Файл пошкоджено. Нічого не видалено. Ви можете зберегти його копію й почати заново. Копія залишиться на цьому пристрої.
error-too-new-title = Ця версія застосунку застара для ваших даних
error-too-new-body = Ваші дані створено новішою версією застосунку. Будь ласка, оновіть застосунок. Або збережіть копію й почніть заново.
error-keep-copy = Зберегти копію й почати заново
error-kept-copy = Старі дані збережено як копію: { $name }
error-storage-title = Зберегти зараз неможливо
error-storage-body = Спробуйте ще раз. Якщо знову не вийде: можливо, пам'ять пристрою заповнена?
error-retry = Спробувати ще раз
error-details = Технічні подробиці

busy-title = Застосунок уже відкрито в іншому вікні
busy-body = Вітальною текою можна користуватися лише в одному вікні одночасно. Так нічого не загубиться.
busy-use-here = Використовувати тут

update-ready = Готова нова версія застосунку.
update-now = Оновити зараз

not-found-title = Сторінку не знайдено
not-found-body = Такої сторінки немає. Поверніться на головну.

topic-contacts = Контакти
page-in-other-language = Цієї сторінки ще немає вашою мовою. Ви бачите її мовою: { $language }.
page-unreviewed = Машинний переклад, ще не перевірений людиною.
contact-call = Зателефонувати
contact-write = Електронна пошта
contact-map = Показати в додатку карт
contact-map-web = Карта в інтернеті
contact-web = Вебсторінка
contact-save = Зберегти як контакт
hours-open = Зараз відчинено
hours-open-until = Зараз відчинено, до { $time }
hours-open-until-day = Зараз відчинено, до { $day } { $time }
hours-closed = Зараз зачинено
hours-closed-opens = Зараз зачинено. Відчиняється { $day } о { $time }.
hours-unknown = Години роботи: { $comment }
day-today = сьогодні
day-tomorrow = завтра
weekday-mo = у понеділок
weekday-tu = у вівторок
weekday-we = у середу
weekday-th = у четвер
weekday-fr = у пʼятницю
weekday-sa = у суботу
weekday-su = у неділю
content-as-of = Вміст станом на { $date }
side-by-side = Показати поруч з іншою мовою
search-label = Пошук
search-placeholder = Пошук, напр. мовний курс
search-none = Нічого не знайдено.
contact-topics = Теми
settings-content = Вміст
settings-content-version = Версія { $version }

## Content updates (settings)
update-checking = Пошук нового вмісту …
update-downloading = Завантаження нового вмісту
update-applied = Новий вміст отримано.
update-up-to-date = Вміст актуальний.
update-offline = Немає з'єднання. Застосунок спробує ще раз пізніше.
update-waiting-for-wifi = Новий вміст чекає на Wi-Fi.
update-last-success = Остання успішна перевірка: { $when }
update-never-checked = Успішної перевірки нового вмісту ще не було.
update-last-error = Остання перевірка не вдалася:
update-outdated = Цей вміст може бути застарілим. Будь ласка, перевірте важливі дані ще раз.
update-check-now = Перевірити новий вміст зараз
update-wifi-only = Великі завантаження лише через Wi-Fi
update-origin = Джерело вмісту (для тестування)
update-origin-hint = Змінюйте, лише якщо вас про це просить місто. Застосунок приймає лише вміст, підписаний містом.
update-origin-label = Адреса вмісту
update-origin-save = Зберегти
update-origin-reset = Скинути
update-error-not-configured = Ця версія застосунку не знає джерела нового вмісту.
update-error-server = Сервер повідомив про помилку ({ $status }). Попередній вміст залишається.
update-error-redirected = Сервер намагався спрямувати застосунок на іншу адресу. Це відхилено.
update-error-timeout = Сервер перестав відповідати. Попередній вміст залишається.
update-error-expired = Сервер пропонує лише прострочений вміст. Вміст може бути застарілим.
update-error-rollback = Сервер пропонує старіший вміст. Його відхилено.
update-error-signature = Запропонований вміст не підписаний містом. Його відхилено.
update-error-app-too-old = Для нового вмісту потрібна новіша версія застосунку.
update-error-malformed = Відповідь сервера не вдалося прочитати. Попередній вміст залишається.
update-error-damaged = Файл надійшов пошкодженим. Попередній вміст залишається.
update-error-too-large = Файл виявився більшим, ніж було заявлено. Його відхилено.
update-error-truncated = З'єднання перервалося. Наступного разу завантаження продовжиться з цього місця.
update-error-storage = Не вдалося зберегти новий вміст. Можливо, пам'ять пристрою заповнена?
