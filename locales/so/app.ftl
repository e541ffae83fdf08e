# Willkommensmappe — qoraallada barnaamijka, Soomaali.
# reviewed: false — tarjumaad mashiin oo Jarmal laga soo turjumay, qof weli ma hubin.

app-title = Galka soo dhaweynta
app-subtitle = Neuss – bilowgaaga magaalada
loading = Waa la soo rarayaa …
skip-to-content = U bood nuxurka
nav-back = Dib u noqo
nav-home = Bogga hore
home-heading = Maxaad u baahan tahay?

tile-onboarding = Tallaabooyinka ugu horreeya
tile-contacts = Xiriirada & xafiisyada
tile-meb = Xafiiska la-talinta (MEB)
tile-course = Shahaadada kireystaha
tile-bus = Bas
tile-documents = Dukumeentiyada
tile-calendar = Kalandarka
tile-notes = Qoraallo
tile-emergency = Xaalad degdeg ah
tile-settings = Dejinta

coming-soon-title = Dhawaan ayuu imanayaa
coming-soon-body = Qaybtan galka weli diyaar ma aha. Waxay la imaan doontaa mid ka mid ah noocyada soo socda ee barnaamijka.

language-choose = Dooro luqadda
language-choose-hint = Taabo luqaddaada. Hadhow waad ku beddeli kartaa dejinta.
language-current = Luqadda: { $name }

settings-language = Luqadda
settings-text-size = Cabbirka qoraalka
text-size-normal = Caadi
text-size-large = Weyn
text-size-extra-large = Aad u weyn
settings-high-contrast = Kala-soocid sare
settings-saved = Waa la kaydiyay.

busy-title = Barnaamijku wuxuu ku furan yahay daaqad kale
busy-use-here = Halkan ku isticmaal

topic-contacts = Xiriirada
page-unreviewed = Tarjumaad mashiin, qof weli ma hubin.
contact-call = Wac
contact-write = Iimayl
contact-map = Ku muuji khariidadda
contact-web = Bogga internetka
contact-save = U kaydi xiriir ahaan
hours-open = Hadda waa furan yahay
hours-open-until = Hadda waa furan yahay, ilaa { $time }
hours-closed = Hadda waa xiran yahay
hours-closed-opens = Hadda waa xiran yahay. Wuxuu furmayaa { $day } saacadda { $time }.
day-today = maanta
day-tomorrow = berri
weekday-mo = Isniin
weekday-tu = Talaado
weekday-we = Arbaco
weekday-th = Khamiis
weekday-fr = Jimco
weekday-sa = Sabti
weekday-su = Axad
search-label = Raadi
search-placeholder = Raadi, tusaale: koorsada luqadda
search-none = Waxba lama helin.
contact-topics = Mawduucyada
settings-content = Nuxurka
settings-content-version = Nooca { $version }
