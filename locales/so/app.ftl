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
