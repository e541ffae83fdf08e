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

## Content updates (settings)
update-checking = Li naveroka nû tê gerîn …
update-downloading = Naveroka nû tê barkirin
update-applied = Naveroka nû hat.
update-up-to-date = Naverok rojane ye.
update-offline = Girêdan tune. Sepan dê paşê dîsa biceribîne.
update-waiting-for-wifi = Naveroka nû li benda Wi-Fi ye.
update-last-success = Kontrola serkeftî ya dawî: { $when }
update-never-checked = Hê qet bi serkeftî li naveroka nû nehatiye gerîn.
update-last-error = Kontrola dawî bi ser neket:
update-outdated = Dibe ku ev naverok kevn bûbe. Ji kerema xwe agahiyên girîng dîsa kontrol bike.
update-check-now = Niha li naveroka nû bigere
update-wifi-only = Daxistinên mezin tenê bi Wi-Fi
update-origin = Çavkaniya naverokê (ji bo ceribandinê)
update-origin-hint = Tenê biguherîne eger bajar ji te bixwaze. Sepan tenê naveroka ku bajar îmze kiriye qebûl dike.
update-origin-label = Navnîşana naverokê
update-origin-save = Tomar bike
update-origin-reset = Vegerîne
update-error-not-configured = Ev guhertoya sepanê ti çavkaniyê ji bo naveroka nû nas nake.
update-error-server = Server çewtiyekê radigihîne ({ $status }). Naveroka heyî dimîne.
update-error-redirected = Server dixwest sepanê bişîne navnîşaneke din. Ev hat redkirin.
update-error-timeout = Server êdî bersiv nade. Naveroka heyî dimîne.
update-error-expired = Server tenê naveroka ku dema wê derbas bûye pêşkêş dike. Dibe ku naverok kevn be.
update-error-rollback = Server naveroka kevintir pêşkêş dike. Hat redkirin.
update-error-signature = Naveroka pêşkêşkirî ji aliyê bajêr ve nehatiye îmzekirin. Hat redkirin.
update-error-app-too-old = Naveroka nû guhertoyeke nûtir a sepanê hewce dike.
update-error-malformed = Bersiva serverê nehat xwendin. Naveroka heyî dimîne.
update-error-damaged = Pelek xerabûyî gihîşt. Naveroka heyî dimîne.
update-error-too-large = Pelek ji ya hatî ragihandin mezintir bû. Hat redkirin.
update-error-truncated = Girêdan qut bû. Cara din ew ê ji cihê ku lê rawestiyabû berdewam bike.
update-error-storage = Naveroka nû nehat tomarkirin. Gelo bîra amûrê tije ye?
