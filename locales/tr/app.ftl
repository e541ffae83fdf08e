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
