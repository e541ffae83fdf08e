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
