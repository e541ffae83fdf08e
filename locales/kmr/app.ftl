# Willkommensmappe — nivîsên sepanê, Kurmancî.
# reviewed: false — ji almanî bi makîneyê hatiye wergerandin, hê kesekî kontrol nekiriye.

app-title = Dosyaya bi xêr hatinê
app-subtitle = Neuss – destpêka te li bajêr
loading = Tê barkirin …
skip-to-content = Here naverokê
nav-back = Paşve
nav-home = Rûpela destpêkê
home-heading = Tu çi hewce dikî?

tile-onboarding = Gavên pêşîn
tile-contacts = Têkilî & dezgeh
tile-meb = Nivîsgeha şêwirmendiyê (MEB)
tile-course = Belgeya kirêdar
tile-bus = Otobûs
tile-documents = Belge
tile-calendar = Salname
tile-notes = Not
tile-emergency = Rewşa awarte
tile-settings = Mîheng

coming-soon-title = Di demek nêzîk de
coming-soon-body = Ev beşa dosyayê hê ne amade ye. Ew ê bi yek ji guhertoyên pêş ên sepanê were.

language-choose = Zimanê hilbijêre
language-choose-hint = Li ser zimanê xwe bitikîne. Tu dikarî paşê di mîhengan de biguherînî.
language-current = Ziman: { $name }

settings-language = Ziman
settings-text-size = Mezinahiya nivîsê
text-size-normal = Asayî
text-size-large = Mezin
text-size-extra-large = Pir mezin
settings-high-contrast = Kontrasta bilind
settings-saved = Hat tomarkirin.

busy-title = Sepan di pencereyeke din de vekirî ye
busy-use-here = Li vir bi kar bîne

topic-contacts = Têkilî
page-unreviewed = Bi makîneyê hatiye wergerandin, hê kesekî kontrol nekiriye.
contact-call = Telefon bike
contact-write = E-name
contact-map = Li ser nexşeyê nîşan bide
contact-web = Malper
contact-save = Wek têkilî tomar bike
hours-open = Niha vekirî ye
hours-open-until = Niha vekirî ye, heta { $time }
hours-closed = Niha girtî ye
hours-closed-opens = Niha girtî ye. { $day } saet { $time } vedibe.
day-today = îro
day-tomorrow = sibê
weekday-mo = Duşem
weekday-tu = Sêşem
weekday-we = Çarşem
weekday-th = Pêncşem
weekday-fr = În
weekday-sa = Şemî
weekday-su = Yekşem
search-label = Lêgerîn
search-placeholder = Lêgerîn, mînak: kursa zimên
search-none = Tiştek nehat dîtin.
contact-topics = Mijar
settings-content = Naverok
settings-content-version = Guherto { $version }
