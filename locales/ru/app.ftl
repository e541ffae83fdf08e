# Willkommensmappe — тексты интерфейса, русский.
# reviewed: false — машинный перевод с немецкого, ещё не проверен человеком.

app-title = Папка новоприбывшего
app-subtitle = Нойс – ваш старт в городе
loading = Загрузка …
skip-to-content = Перейти к содержимому
nav-back = Назад
nav-home = Главная
home-heading = Что вам нужно?

tile-onboarding = Первые шаги
tile-contacts = Контакты и ведомства
tile-meb = Консультационное бюро (MEB)
tile-course = Удостоверение арендатора
tile-bus = Автобус
tile-documents = Документы
tile-calendar = Календарь
tile-notes = Заметки
tile-emergency = Экстренная помощь
tile-settings = Настройки

coming-soon-title = Скоро
coming-soon-body = Эта часть папки ещё не готова. Она появится в одной из следующих версий приложения.

language-choose = Выберите язык
language-choose-hint = Нажмите на свой язык. Позже его можно изменить в настройках.
language-current = Язык: { $name }

settings-language = Язык
settings-text-size = Размер текста
text-size-normal = Обычный
text-size-large = Крупный
text-size-extra-large = Очень крупный
settings-high-contrast = Высокий контраст
settings-high-contrast-hint = Чёрный текст на белом, чёткие рамки.
settings-saved = Сохранено.

error-unreadable-title = Сохранённые данные невозможно прочитать
error-unreadable-body = Файл повреждён. Ничего не удалено. Вы можете сохранить его копию и начать заново. Копия останется на этом устройстве.
error-too-new-title = Эта версия приложения слишком старая для ваших данных
error-too-new-body = Ваши данные созданы более новой версией приложения. Пожалуйста, обновите приложение. Или сохраните копию и начните заново.
error-keep-copy = Сохранить копию и начать заново
error-kept-copy = Старые данные сохранены как копия: { $name }
error-storage-title = Сохранить сейчас невозможно
error-storage-body = Попробуйте ещё раз. Если снова не получится: возможно, память устройства заполнена?
error-retry = Попробовать ещё раз
error-details = Технические подробности

busy-title = Приложение уже открыто в другом окне
busy-body = Папкой можно пользоваться только в одном окне одновременно. Так ничего не потеряется.
busy-use-here = Использовать здесь

update-ready = Готова новая версия приложения.
update-now = Обновить сейчас

not-found-title = Страница не найдена
not-found-body = Такой страницы нет. Вернитесь на главную.

topic-contacts = Контакты
page-in-other-language = Этой страницы пока нет на вашем языке. Вы видите её на языке: { $language }.
page-unreviewed = Машинный перевод, ещё не проверен человеком.
contact-call = Позвонить
contact-write = Эл. почта
contact-map = Показать в приложении карт
contact-map-web = Карта в интернете
contact-web = Веб-страница
contact-save = Сохранить как контакт
hours-open = Сейчас открыто
hours-open-until = Сейчас открыто, до { $time }
hours-closed = Сейчас закрыто
hours-closed-opens = Сейчас закрыто. Открывается { $day } в { $time }.
day-today = сегодня
day-tomorrow = завтра
weekday-mo = в понедельник
weekday-tu = во вторник
weekday-we = в среду
weekday-th = в четверг
weekday-fr = в пятницу
weekday-sa = в субботу
weekday-su = в воскресенье
side-by-side = Показать рядом с другим языком
search-label = Поиск
search-placeholder = Поиск, напр. языковой курс
search-none = Ничего не найдено.
contact-topics = Темы
settings-content = Содержание
settings-content-version = Версия { $version }
content-as-of = Содержание на { $date }

## Content updates (settings)
update-checking = Поиск нового содержания …
update-downloading = Загрузка нового содержания
update-applied = Новое содержание получено.
update-up-to-date = Содержание актуально.
update-offline = Нет соединения. Приложение попробует ещё раз позже.
update-waiting-for-wifi = Новое содержание ждёт Wi-Fi.
update-last-success = Последняя успешная проверка: { $when }
update-never-checked = Успешной проверки нового содержания ещё не было.
update-last-error = Последняя проверка не удалась:
update-outdated = Это содержание может быть устаревшим. Пожалуйста, перепроверьте важные сведения.
update-check-now = Проверить новое содержание сейчас
update-wifi-only = Большие загрузки только по Wi-Fi
update-origin = Источник содержания (для тестирования)
update-origin-hint = Меняйте, только если об этом просит город. Приложение принимает только содержание, подписанное городом.
update-origin-label = Адрес содержания
update-origin-save = Сохранить
update-origin-reset = Сбросить
update-error-not-configured = Эта версия приложения не знает источника нового содержания.
update-error-server = Сервер сообщил об ошибке ({ $status }). Прежнее содержание остаётся.
update-error-redirected = Сервер пытался направить приложение на другой адрес. Это отклонено.
update-error-timeout = Сервер перестал отвечать. Прежнее содержание остаётся.
update-error-expired = Сервер предлагает только просроченное содержание. Содержание может быть устаревшим.
update-error-rollback = Сервер предлагает более старое содержание. Оно отклонено.
update-error-signature = Предложенное содержание не подписано городом. Оно отклонено.
update-error-app-too-old = Для нового содержания нужна более новая версия приложения.
update-error-malformed = Ответ сервера не удалось прочитать. Прежнее содержание остаётся.
update-error-damaged = Файл пришёл повреждённым. Прежнее содержание остаётся.
update-error-too-large = Файл оказался больше, чем было заявлено. Он отклонён.
update-error-truncated = Соединение прервалось. В следующий раз загрузка продолжится с этого места.
update-error-storage = Не удалось сохранить новое содержание. Возможно, память устройства заполнена?
