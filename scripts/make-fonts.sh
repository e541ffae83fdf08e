#!/usr/bin/env bash
# Rebuilds assets/fonts/*.woff2 from Debian's fonts-noto-core (SIL Open Font License 1.1).
# Subsets keep only the scripts the UI languages use, so the phone downloads less.
# Needs: apt-get install fonts-noto-core; pip install fonttools brotli
set -euo pipefail
src=/usr/share/fonts/truetype/noto
out=$(cd "$(dirname "$0")/.." && pwd)/assets/fonts
latin="U+0020-007E,U+00A0-017F,U+0218-021B,U+0259,U+02BC,U+02C6-02DC,U+0300-0311,U+0323-0331,U+1E00-1EFF,U+2000-206F,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+25CF,U+FEFF,U+FFFD"
cyrillic="U+0400-045F,U+0490-0491,U+04B0-04B1"
arabic="U+0020-0040,U+005B-0060,U+007B-007E,U+00A0,U+00AB,U+00BB,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200F,U+2010-2027,U+2066-2069,U+FB50-FDFF,U+FE70-FEFF"
ethiopic="U+0020-0040,U+00A0,U+1200-139F,U+2D80-2DDF,U+AB00-AB2F,U+2010-2027"
sub() { # font ranges outname
  pyftsubset "$src/$1" --unicodes="$2" --flavor=woff2 --layout-features='*' \
    --no-hinting --desubroutinize --output-file="$out/$3"
}
for w in Regular Bold; do
  sub "NotoSans-$w.ttf" "$latin,$cyrillic" "NotoSans-$w.woff2"
  sub "NotoSansArabic-$w.ttf" "$arabic" "NotoSansArabic-$w.woff2"
  sub "NotoSansEthiopic-$w.ttf" "$ethiopic" "NotoSansEthiopic-$w.woff2"
done
ls -l "$out"/*.woff2
