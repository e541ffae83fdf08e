# Willkommensmappe — ጽሑፋት መተግበሪ፡ ትግርኛ።
# reviewed: false — ካብ ጀርመንኛ ብማሽን ዝተተርጎመ፡ ገና ብሰብ ኣይተረጋገጸን።

app-title = ናይ እንቋዕ ብደሓን መጻእኩም ፋይል
app-subtitle = ኖይስ – ኣብ ከተማ ናይ ምጅማርኩም
loading = ይጽዓን ኣሎ …
skip-to-content = ናብ ትሕዝቶ ሕለፍ
nav-back = ንድሕሪት
nav-home = መበገሲ ገጽ
home-heading = እንታይ የድልየኩም?

tile-onboarding = ቀዳሞት ስጉምትታት
tile-contacts = ርክባትን ቤት ጽሕፈታትን
tile-meb = ቤት ጽሕፈት ምኽሪ (MEB)
tile-course = ናይ ተኻራዪ ምስክር
tile-bus = ኣውቶቡስ
tile-documents = ሰነዳት
tile-calendar = ዓውደ ኣዋርሕ
tile-notes = መዘኻኸሪ
tile-emergency = ህጹጽ
tile-settings = ምድላዋት

coming-soon-title = ብቕልጡፍ ይመጽእ
coming-soon-body = እዚ ክፋል ፋይል ገና ኣይተዳለወን። ምስ ሓደ ካብቶም ዝቕጽሉ ሕታማት መተግበሪ ክመጽእ እዩ።

language-choose = ቋንቋ ምረጹ
language-choose-hint = ኣብ ቋንቋኹም ጠውቑ። ደሓር ኣብ ምድላዋት ክትቕይርዎ ትኽእሉ ኢኹም።
language-current = ቋንቋ: { $name }

settings-language = ቋንቋ
settings-text-size = መጠን ጽሑፍ
text-size-normal = ንቡር
text-size-large = ዓቢ
text-size-extra-large = ኣዝዩ ዓቢ
settings-high-contrast = ልዑል ፍልልይ ሕብሪ
settings-high-contrast-hint = ጸሊም ጽሑፍ ኣብ ጻዕዳ፡ ድልዱል ዶብ።
settings-saved = ተዓቂቡ።

error-unreadable-title = ዝተዓቀበ ሓበሬታኹም ክንበብ ኣይከኣለን
error-unreadable-body = እቲ ፋይል ተበላሽዩ እዩ። ዝተደምሰሰ የለን። ቅዳሕ ሒዝኩም ብሓድሽ ክትጅምሩ ትኽእሉ ኢኹም። እቲ ቅዳሕ ኣብዚ መሳርሒ ይተርፍ።
error-keep-copy = ቅዳሕ ሓዝ እሞ ብሓድሽ ጀምር
error-kept-copy = እቲ ኣረጊት ሓበሬታ ከም ቅዳሕ ተዓቂቡ: { $name }
error-retry = እንደገና ፈትን

busy-title = እቲ መተግበሪ ኣብ ካልእ መስኮት ክፉት እዩ
busy-body = ነዚ ፋይል ኣብ ሓደ መስኮት ጥራይ ብሓደ ግዜ ክትጥቀሙሉ ትኽእሉ። ከምዚ ዝኾነ ነገር ኣይጠፍእን።
busy-use-here = ኣብዚ ተጠቐም

update-ready = ሓድሽ ሕታም መተግበሪ ተዳልዩ ኣሎ።
update-now = ሕጂ ኣሐድስ

topic-contacts = ርክባት
page-unreviewed = ብማሽን ዝተተርጎመ፡ ገና ብሰብ ኣይተረጋገጸን።
contact-call = ደውል
contact-write = ኢመይል
contact-map = ኣብ ካርታ ኣርኢ
contact-web = መርበብ ሓበሬታ
contact-save = ከም ርክብ ዓቅብ
hours-open = ሕጂ ክፉት እዩ
hours-open-until = ሕጂ ክፉት እዩ፡ ክሳብ ሰዓት { $time }
hours-closed = ሕጂ ዕጹው እዩ
hours-closed-opens = ሕጂ ዕጹው እዩ። { $day } ሰዓት { $time } ይኽፈት።
day-today = ሎሚ
day-tomorrow = ጽባሕ
weekday-mo = ሰኑይ
weekday-tu = ሰሉስ
weekday-we = ረቡዕ
weekday-th = ሓሙስ
weekday-fr = ዓርቢ
weekday-sa = ቀዳም
weekday-su = ሰንበት
search-label = ድለይ
search-placeholder = ድለይ፡ ንኣብነት ትምህርቲ ቋንቋ
search-none = ዝተረኽበ የለን።
contact-topics = ኣርእስታት
settings-content = ትሕዝቶ
settings-content-version = ሕታም { $version }

## Content updates (settings)
update-checking = ሓድሽ ትሕዝቶ ይድለ ኣሎ …
update-downloading = ሓድሽ ትሕዝቶ ይጽዓን ኣሎ
update-applied = ሓድሽ ትሕዝቶ በጺሑ።
update-up-to-date = እቲ ትሕዝቶ ዝተሓደሰ እዩ።
update-offline = ርክብ የለን። እቲ መተግበሪ ደሓር እንደገና ክፍትን እዩ።
update-waiting-for-wifi = ሓድሽ ትሕዝቶ ንዋይፋይ ይጽበ ኣሎ።
update-last-success = ናይ መወዳእታ ዕዉት ምርመራ: { $when }
update-never-checked = ክሳብ ሕጂ ሓድሽ ትሕዝቶ ብዓወት ተደልዩ ኣይፈልጥን።
update-last-error = ናይ መወዳእታ ምርመራ ኣይሰለጠን:
update-outdated = እዚ ትሕዝቶ ኣረጊት ክኸውን ይኽእል። በጃኹም ኣገደስቲ ሓበሬታ እንደገና ኣረጋግጹ።
update-check-now = ሕጂ ሓድሽ ትሕዝቶ ድለይ
update-wifi-only = ዓበይቲ ምውራዳት ብዋይፋይ ጥራይ
update-origin = ምንጪ ትሕዝቶ (ንፈተነ)
update-origin-hint = ከተማ እንተ ሓቲታትኩም ጥራይ ቀይርዎ። እቲ መተግበሪ ከተማ ዝፈረመቶ ትሕዝቶ ጥራይ ይቕበል።
update-origin-label = ኣድራሻ ትሕዝቶ
update-origin-save = ዓቅብ
update-origin-reset = ናብ መጀመርታ ምለስ
update-error-not-configured = እዚ ሕታም መተግበሪ ንሓድሽ ትሕዝቶ ዝኾነ ምንጪ ኣይፈልጥን።
update-error-server = እቲ ሰርቨር ጌጋ ሓቢሩ ({ $status })። እቲ ዘሎ ትሕዝቶ ይተርፍ።
update-error-redirected = እቲ ሰርቨር ነቲ መተግበሪ ናብ ካልእ ኣድራሻ ክሰዶ ደልዩ። እዚ ተነጺጉ።
update-error-timeout = እቲ ሰርቨር ምምላስ ኣቋሪጹ። እቲ ዘሎ ትሕዝቶ ይተርፍ።
update-error-expired = እቲ ሰርቨር ግዜኡ ዝሓለፎ ትሕዝቶ ጥራይ የቕርብ። እቲ ትሕዝቶ ኣረጊት ክኸውን ይኽእል።
update-error-rollback = እቲ ሰርቨር ዝኣረገ ትሕዝቶ የቕርብ። ተነጺጉ።
update-error-signature = እቲ ዝቐረበ ትሕዝቶ ብከተማ ኣይተፈርመን። ተነጺጉ።
update-error-app-too-old = እቲ ሓድሽ ትሕዝቶ ሓድሽ ሕታም መተግበሪ የድልዮ።
update-error-malformed = መልሲ ሰርቨር ክንበብ ኣይከኣለን። እቲ ዘሎ ትሕዝቶ ይተርፍ።
update-error-damaged = ሓደ ፋይል ተበላሽዩ በጺሑ። እቲ ዘሎ ትሕዝቶ ይተርፍ።
update-error-too-large = ሓደ ፋይል ካብቲ ዝተሓበረ ዓብዩ ነይሩ። ተነጺጉ።
update-error-truncated = ርክብ ተቋሪጹ። ኣብ ዝመጽእ ግዜ ካብቲ ዝተቋረጸሉ ክቕጽል እዩ።
update-error-storage = እቲ ሓድሽ ትሕዝቶ ክዕቀብ ኣይከኣለን። መኽዘን ናይቲ መሳርሒ ምሉእ ድዩ?
