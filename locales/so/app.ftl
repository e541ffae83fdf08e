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

## Content updates (settings)
update-checking = Nuxur cusub ayaa la raadinayaa …
update-downloading = Nuxurka cusub waa la soo rarayaa
update-applied = Nuxur cusub ayaa yimid.
update-up-to-date = Nuxurku waa cusub yahay.
update-offline = Xiriir ma jiro. Barnaamijku mar kale ayuu isku dayi doonaa hadhow.
update-waiting-for-wifi = Nuxurka cusub wuxuu sugayaa Wi-Fi.
update-last-success = Hubintii ugu dambeysay ee guulaysatay: { $when }
update-never-checked = Weli si guul leh looma raadin nuxur cusub.
update-last-error = Hubintii ugu dambeysay way guuldareysatay:
update-outdated = Nuxurkan waxaa laga yaabaa inuu duugoobay. Fadlan mar kale hubi macluumaadka muhiimka ah.
update-check-now = Hadda raadi nuxur cusub
update-wifi-only = Soo dejinta waaweyn Wi-Fi oo keliya
update-origin = Isha nuxurka (tijaabo ahaan)
update-origin-hint = Kaliya beddel haddii magaaladu ku weydiiso. Barnaamijku wuxuu aqbalaa oo keliya nuxurka ay magaaladu saxiixday.
update-origin-label = Cinwaanka nuxurka
update-origin-save = Kaydi
update-origin-reset = Dib u celi
update-error-not-configured = Noocan barnaamijka ma yaqaan meel laga helo nuxur cusub.
update-error-server = Seerfarku wuxuu soo sheegay qalad ({ $status }). Nuxurkii hore wuu sii jirayaa.
update-error-redirected = Seerfarku wuxuu rabay inuu barnaamijka u diro cinwaan kale. Taas waa la diiday.
update-error-timeout = Seerfarku wuu joojiyay jawaabta. Nuxurkii hore wuu sii jirayaa.
update-error-expired = Seerfarku wuxuu bixiyaa oo keliya nuxur waqtigiisu dhacay. Nuxurku waxaa laga yaabaa inuu duugoobay.
update-error-rollback = Seerfarku wuxuu bixiyaa nuxur ka duugsan. Waa la diiday.
update-error-signature = Nuxurka la bixiyay magaaladu ma saxiixin. Waa la diiday.
update-error-app-too-old = Nuxurka cusub wuxuu u baahan yahay nooc cusub oo barnaamijka ah.
update-error-malformed = Jawaabta seerfarka lama akhrin karin. Nuxurkii hore wuu sii jirayaa.
update-error-damaged = Fayl ayaa yimid isagoo waxyeelloobay. Nuxurkii hore wuu sii jirayaa.
update-error-too-large = Fayl ayaa ka weynaa intii la sheegay. Waa la diiday.
update-error-truncated = Xiriirka ayaa go'ay. Marka xigta wuxuu ka sii socon doonaa meeshii uu ka joogsaday.
update-error-storage = Nuxurka cusub lama kaydin karin. Kaydka qalabku ma buuxaa?
