# Willkommensmappe — arayüz metinleri, Türkçe.
# reviewed: false — Almancadan makine çevirisi, henüz bir kişi tarafından kontrol edilmedi.

app-title = Hoş Geldiniz Dosyası
app-subtitle = Neuss – şehirde başlangıcınız
loading = Yükleniyor …
skip-to-content = İçeriğe geç
nav-back = Geri
nav-home = Ana sayfa
home-heading = Neye ihtiyacınız var?

tile-onboarding = İlk adımlar
tile-contacts = İletişim & daireler
tile-meb = Danışma bürosu (MEB)
tile-course = Kiracı belgesi
tile-bus = Otobüs
tile-documents = Belgeler
tile-calendar = Takvim
tile-notes = Notlar
tile-emergency = Acil durum
tile-settings = Ayarlar

coming-soon-title = Yakında
coming-soon-body = Dosyanın bu bölümü henüz hazır değil. Uygulamanın sonraki sürümlerinden biriyle gelecek.

language-choose = Dil seçin
language-choose-hint = Dilinize dokunun. Daha sonra ayarlardan değiştirebilirsiniz.
language-current = Dil: { $name }

settings-language = Dil
settings-text-size = Yazı boyutu
text-size-normal = Normal
text-size-large = Büyük
text-size-extra-large = Çok büyük
settings-high-contrast = Yüksek kontrast
settings-high-contrast-hint = Beyaz üzerine siyah yazı, belirgin çerçeveler.
settings-saved = Kaydedildi.

error-unreadable-title = Kayıtlı verileriniz okunamıyor
error-unreadable-body = Dosya hasarlı. Hiçbir şey silinmedi. Bir kopyasını saklayıp yeniden başlayabilirsiniz. Kopya bu cihazda kalır.
error-keep-copy = Kopyayı sakla ve yeniden başla
error-kept-copy = Eski veriler kopya olarak saklandı: { $name }
error-retry = Tekrar deneyin

busy-title = Uygulama başka bir pencerede zaten açık
busy-body = Dosyayı aynı anda yalnızca bir pencerede kullanabilirsiniz. Böylece hiçbir şey kaybolmaz.
busy-use-here = Burada kullan

update-ready = Uygulamanın yeni bir sürümü hazır.
update-now = Şimdi güncelle

not-found-title = Sayfa bulunamadı
not-found-body = Bu sayfa yok. Ana sayfaya dönün.

topic-contacts = İletişim
page-in-other-language = Bu sayfa henüz sizin dilinizde yok. { $language } dilinde görüyorsunuz.
page-unreviewed = Makine çevirisi, henüz bir kişi tarafından kontrol edilmedi.
contact-call = Ara
contact-write = E-posta
contact-map = Harita uygulamasında göster
contact-map-web = İnternette harita
contact-web = İnternet sitesi
contact-save = Kişi olarak kaydet
hours-open = Şu an açık
hours-open-until = Şu an açık, saat { $time } kadar
hours-closed = Şu an kapalı
hours-closed-opens = Şu an kapalı. { $day } saat { $time } açılır.
day-today = bugün
day-tomorrow = yarın
weekday-mo = Pazartesi
weekday-tu = Salı
weekday-we = Çarşamba
weekday-th = Perşembe
weekday-fr = Cuma
weekday-sa = Cumartesi
weekday-su = Pazar
side-by-side = Başka bir dille yan yana göster
search-label = Ara
search-placeholder = Ara, ör. dil kursu
search-none = Hiçbir şey bulunamadı.
contact-topics = Konular
settings-content = İçerik
settings-content-version = Sürüm { $version }
content-as-of = { $date } tarihli içerik

## Content updates (settings)
update-checking = Yeni içerik aranıyor …
update-downloading = Yeni içerik yükleniyor
update-applied = Yeni içerik geldi.
update-up-to-date = İçerik güncel.
update-offline = Bağlantı yok. Uygulama daha sonra tekrar deneyecek.
update-waiting-for-wifi = Yeni içerik Wi-Fi bekliyor.
update-last-success = Son başarılı kontrol: { $when }
update-never-checked = Yeni içerik henüz hiç başarıyla kontrol edilmedi.
update-last-error = Son kontrol başarısız oldu:
update-outdated = Bu içerik eski olabilir. Lütfen önemli bilgileri tekrar kontrol edin.
update-check-now = Yeni içeriği şimdi kontrol et
update-wifi-only = Büyük indirmeler yalnızca Wi-Fi ile
update-origin = İçerik kaynağı (test için)
update-origin-hint = Bunu yalnızca belediye sizden isterse değiştirin. Uygulama yalnızca belediyenin imzaladığı içeriği kabul eder.
update-origin-label = İçeriğin adresi
update-origin-save = Kaydet
update-origin-reset = Sıfırla
update-error-not-configured = Uygulamanın bu sürümü yeni içerik için bir kaynak bilmiyor.
update-error-server = Sunucu bir hata bildirdi ({ $status }). Mevcut içerik korunur.
update-error-redirected = Sunucu uygulamayı başka bir adrese göndermek istedi. Bu reddedildi.
update-error-timeout = Sunucu artık yanıt vermedi. Mevcut içerik korunur.
update-error-expired = Sunucu yalnızca süresi dolmuş içerik sunuyor. İçerik eski olabilir.
update-error-rollback = Sunucu daha eski içerik sunuyor. Reddedildi.
update-error-signature = Sunulan içerik belediye tarafından imzalanmamış. Reddedildi.
update-error-app-too-old = Yeni içerik, uygulamanın daha yeni bir sürümünü gerektiriyor.
update-error-malformed = Sunucunun yanıtı okunamadı. Mevcut içerik korunur.
update-error-damaged = Bir dosya hasarlı geldi. Mevcut içerik korunur.
update-error-too-large = Bir dosya bildirilenden büyüktü. Reddedildi.
update-error-truncated = Bağlantı koptu. Bir dahaki sefere kaldığı yerden devam eder.
update-error-storage = Yeni içerik kaydedilemedi. Cihazın hafızası dolu mu?
