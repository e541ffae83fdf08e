# Willkommensmappe – UI-Texte, Deutsch (Ausgangssprache, Endpunkt jeder Rückfallkette).
# Jede Nachricht muss hier stehen; andere Sprachen dürfen Lücken haben.

app-title = Willkommensmappe
app-subtitle = Neuss – Ihr Start in der Stadt
loading = Wird geladen …
skip-to-content = Zum Inhalt springen
nav-back = Zurück
nav-home = Startseite
home-heading = Was brauchen Sie?

tile-onboarding = Erste Schritte
tile-contacts = Kontakte & Ämter
tile-meb = MEB-Büro
tile-course = Mieterführerschein
tile-bus = Bus
tile-documents = Dokumente
tile-calendar = Kalender
tile-notes = Notizen
tile-emergency = Notfall
tile-settings = Einstellungen

coming-soon-title = Kommt bald
coming-soon-body = Dieser Teil der Willkommensmappe ist noch nicht fertig. Er kommt mit einer der nächsten Versionen der App.

language-choose = Sprache wählen
language-choose-hint = Tippen Sie auf Ihre Sprache. Sie können sie später in den Einstellungen ändern.
language-current = Sprache: { $name }

settings-language = Sprache
settings-text-size = Schriftgröße
text-size-normal = Normal
text-size-large = Groß
text-size-extra-large = Sehr groß
settings-high-contrast = Hoher Kontrast
settings-high-contrast-hint = Schwarze Schrift auf Weiß, kräftige Rahmen.
settings-saved = Gespeichert.

error-unreadable-title = Ihre gespeicherten Daten können nicht gelesen werden
error-unreadable-body = Die Datei ist beschädigt. Es wurde nichts gelöscht. Sie können eine Kopie davon behalten und neu beginnen. Die Kopie bleibt auf diesem Gerät.
error-too-new-title = Diese App-Version ist zu alt für Ihre Daten
error-too-new-body = Ihre Daten kommen von einer neueren Version der App. Bitte aktualisieren Sie die App. Oder behalten Sie eine Kopie und beginnen Sie neu.
error-keep-copy = Kopie behalten und neu beginnen
error-kept-copy = Die alten Daten wurden als Kopie gespeichert: { $name }
error-storage-title = Speichern geht gerade nicht
error-storage-body = Bitte versuchen Sie es noch einmal. Wenn es wieder nicht geht: Ist der Speicher des Geräts voll?
error-retry = Noch einmal versuchen
error-details = Technische Angaben

busy-title = Die App ist schon in einem anderen Fenster offen
busy-body = Sie können die Willkommensmappe nur in einem Fenster gleichzeitig benutzen. So geht nichts verloren.
busy-use-here = Hier benutzen

update-ready = Eine neue Version der App ist da.
update-now = Jetzt aktualisieren

# Nur für Tests der Rückfallkette, wird nicht angezeigt.
fallback-probe = Rückfall-Probe

not-found-title = Seite nicht gefunden
not-found-body = Diese Seite gibt es nicht. Gehen Sie zurück zur Startseite.

topic-contacts = Ansprechpartner
page-in-other-language = Diese Seite gibt es noch nicht in Ihrer Sprache. Sie sehen sie auf { $language }.
page-unreviewed = Maschinell übersetzt, noch nicht von einem Menschen geprüft.
contact-call = Anrufen
contact-write = E-Mail
contact-map = In der Karten-App zeigen
contact-map-web = Karte im Internet
contact-web = Internetseite
contact-save = Als Kontakt speichern
hours-open = Jetzt geöffnet
hours-open-until = Jetzt geöffnet, bis { $time } Uhr
hours-open-until-day = Jetzt geöffnet, bis { $day } { $time } Uhr
hours-closed = Jetzt geschlossen
hours-closed-opens = Jetzt geschlossen. Öffnet { $day } um { $time } Uhr.
hours-unknown = Öffnungszeiten: { $comment }
day-today = heute
day-tomorrow = morgen
weekday-mo = Montag
weekday-tu = Dienstag
weekday-we = Mittwoch
weekday-th = Donnerstag
weekday-fr = Freitag
weekday-sa = Samstag
weekday-su = Sonntag
content-as-of = Inhalt vom { $date }
side-by-side = Neben einer anderen Sprache zeigen
search-label = Suchen
search-placeholder = Suchen, z. B. Sprachkurs
search-none = Nichts gefunden.
contact-topics = Themen
settings-content = Inhalte
settings-content-version = Version { $version }

## Content updates (settings)
update-checking = Suche nach neuen Inhalten …
update-downloading = Neue Inhalte werden geladen
update-applied = Neue Inhalte sind da.
update-up-to-date = Die Inhalte sind aktuell.
update-offline = Keine Verbindung. Die App versucht es später wieder.
update-waiting-for-wifi = Neue Inhalte warten auf WLAN.
update-last-success = Zuletzt erfolgreich geprüft: { $when }
update-never-checked = Noch nie erfolgreich nach neuen Inhalten gesucht.
update-last-error = Letzte Prüfung fehlgeschlagen:
update-outdated = Diese Inhalte sind vielleicht veraltet. Prüfen Sie wichtige Angaben bitte nach.
update-check-now = Jetzt nach neuen Inhalten suchen
update-wifi-only = Große Downloads nur im WLAN
update-origin = Inhaltsquelle (zum Testen)
update-origin-hint = Nur ändern, wenn die Stadt Sie darum bittet. Die App nimmt nur Inhalte an, die die Stadt unterschrieben hat.
update-origin-label = Adresse der Inhalte
update-origin-save = Speichern
update-origin-reset = Zurücksetzen
update-error-not-configured = Diese Ausgabe der App kennt keine Quelle für neue Inhalte.
update-error-server = Der Server hat einen Fehler gemeldet ({ $status }). Die bisherigen Inhalte bleiben.
update-error-redirected = Der Server wollte die App an eine andere Adresse schicken. Das wurde abgelehnt.
update-error-timeout = Der Server hat nicht mehr geantwortet. Die bisherigen Inhalte bleiben.
update-error-expired = Der Server bietet nur abgelaufene Inhalte an. Die Inhalte sind vielleicht veraltet.
update-error-rollback = Der Server bietet ältere Inhalte an. Sie wurden abgelehnt.
update-error-signature = Die angebotenen Inhalte sind nicht von der Stadt unterschrieben. Sie wurden abgelehnt.
update-error-app-too-old = Die neuen Inhalte brauchen eine neuere Version der App.
update-error-malformed = Die Antwort des Servers war unlesbar. Die bisherigen Inhalte bleiben.
update-error-damaged = Eine Datei kam beschädigt an. Die bisherigen Inhalte bleiben.
update-error-too-large = Eine Datei war größer als angekündigt. Sie wurde abgelehnt.
update-error-truncated = Die Verbindung ist abgebrochen. Beim nächsten Mal geht es dort weiter.
update-error-storage = Die neuen Inhalte konnten nicht gespeichert werden. Ist der Speicher voll?
