# Willkommensmappe UI strings, English.
# reviewed: false — translated from German, not yet reviewed by a person.

app-title = Willkommensmappe
app-subtitle = Neuss – your start in the city
loading = Loading …
skip-to-content = Skip to content
nav-back = Back
nav-home = Home
home-heading = What do you need?

tile-onboarding = First steps
tile-contacts = Contacts & offices
tile-meb = MEB office
tile-course = Tenant course
tile-bus = Bus
tile-documents = Documents
tile-calendar = Calendar
tile-notes = Notes
tile-emergency = Emergency
tile-settings = Settings

coming-soon-title = Coming soon
coming-soon-body = This part of the welcome folder is not ready yet. It will come with one of the next versions of the app.

language-choose = Choose language
language-choose-hint = Tap your language. You can change it later in the settings.
language-current = Language: { $name }

settings-language = Language
settings-text-size = Text size
text-size-normal = Normal
text-size-large = Large
text-size-extra-large = Extra large
settings-high-contrast = High contrast
settings-high-contrast-hint = Black text on white, strong borders.
settings-saved = Saved.

error-unreadable-title = Your saved data cannot be read
error-unreadable-body = The file is damaged. Nothing was deleted. You can keep a copy of it and start fresh. The copy stays on this device.
error-too-new-title = This app version is too old for your data
error-too-new-body = Your data comes from a newer version of the app. Please update the app. Or keep a copy and start fresh.
error-keep-copy = Keep a copy and start fresh
error-kept-copy = The old data was kept as a copy: { $name }
error-storage-title = Saving does not work right now
error-storage-body = Please try again. If it still does not work: is the device's storage full?
error-retry = Try again
error-details = Technical details

busy-title = The app is already open in another window
busy-body = You can use the welcome folder in only one window at a time. This way nothing gets lost.
busy-use-here = Use here

update-ready = A new version of the app is ready.
update-now = Update now

fallback-probe = Fallback probe

not-found-title = Page not found
not-found-body = This page does not exist. Go back to the home page.

topic-contacts = Contacts
page-in-other-language = This page does not exist in your language yet. You see it in { $language }.
page-unreviewed = Machine-translated, not yet reviewed by a person.
contact-call = Call
contact-write = E-mail
contact-map = Show in map app
contact-map-web = Map on the web
contact-web = Web page
contact-save = Save as contact
hours-open = Open now
hours-open-until = Open now, until { $time }
hours-open-until-day = Open now, until { $day } { $time }
hours-closed = Closed now
hours-closed-opens = Closed now. Opens { $day } at { $time }.
hours-unknown = Opening hours: { $comment }
day-today = today
day-tomorrow = tomorrow
weekday-mo = Monday
weekday-tu = Tuesday
weekday-we = Wednesday
weekday-th = Thursday
weekday-fr = Friday
weekday-sa = Saturday
weekday-su = Sunday
content-as-of = Content as of { $date }
side-by-side = Show beside another language
search-label = Search
search-placeholder = Search, e.g. language course
search-none = Nothing found.
contact-topics = Topics
settings-content = Content
settings-content-version = Version { $version }

## Content updates (settings)
update-checking = Looking for new content …
update-downloading = Loading new content
update-applied = New content has arrived.
update-up-to-date = The content is up to date.
update-offline = No connection. The app will try again later.
update-waiting-for-wifi = New content is waiting for Wi-Fi.
update-last-success = Last successful check: { $when }
update-never-checked = Never checked successfully for new content yet.
update-last-error = Last check failed:
update-outdated = This content may be outdated. Please double-check important details.
update-check-now = Check for new content now
update-wifi-only = Large downloads only on Wi-Fi
update-origin = Content source (for testing)
update-origin-hint = Only change this if the city asks you to. The app only accepts content the city has signed.
update-origin-label = Address of the content
update-origin-save = Save
update-origin-reset = Reset
update-error-not-configured = This edition of the app knows no source for new content.
update-error-server = The server reported an error ({ $status }). The current content stays.
update-error-redirected = The server tried to send the app to another address. That was refused.
update-error-timeout = The server stopped answering. The current content stays.
update-error-expired = The server only offers expired content. The content may be outdated.
update-error-rollback = The server offers older content. It was refused.
update-error-signature = The content offered is not signed by the city. It was refused.
update-error-app-too-old = The new content needs a newer version of the app.
update-error-malformed = The server's answer could not be read. The current content stays.
update-error-damaged = A file arrived damaged. The current content stays.
update-error-too-large = A file was larger than announced. It was refused.
update-error-truncated = The connection broke off. Next time it continues where it stopped.
update-error-storage = The new content could not be saved. Is the storage full?
