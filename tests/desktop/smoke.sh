#!/usr/bin/env bash
# Desktop smoke test: the desktop build in a real window under Xvfb, with a fresh data directory.
#  1. first start shows the language picker (screenshot) and creates the database;
#  2. a click on "العربية" is stored, and after a restart the app still has it;
#  3. an unreadable database is explained and left untouched until "keep a copy and start fresh"
#     is clicked, which keeps the old bytes under a new name.
# Screenshots land in tests/e2e/artifacts/. Usage: tests/desktop/smoke.sh path/to/willkommensmappe
set -euo pipefail
bin=$(realpath "$1")
art="$(cd "$(dirname "$0")/.." && pwd)/e2e/artifacts"
mkdir -p "$art"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0

# session DATA_DIR SHOT [X Y]: start the app, wait until the window shows content, take a
# screenshot, optionally click at (X, Y) (window coordinates, the window sits at 0,0) and wait
# a moment, then close the app.
session() {
  WM_DATA_DIR="$1" WEBKIT_DISABLE_COMPOSITING_MODE=1 xvfb-run -a -s "-screen 0 600x960x24" bash -c '
    bin=$0 shot=$1 x=${2:-} y=${3:-}
    "$bin" > "$shot.log" 2>&1 &
    pid=$!
    shown=0
    for i in $(seq 1 60); do
      sleep 1
      kill -0 $pid 2>/dev/null || { echo "the app exited early:"; cat "$shot.log"; exit 1; }
      import -window root "$shot" 2>/dev/null || continue
      if [ "$(convert "$shot" -format "%k" info:)" -gt 50 ]; then shown=1; break; fi
    done
    [ $shown = 1 ] || { echo "the window stayed blank"; exit 1; }
    sleep 1
    import -window root "$shot"
    if [ -n "$x" ]; then
      xdotool mousemove "$x" "$y" click 1
      sleep 2
      import -window root "${shot%.png}-after.png"
    fi
    kill $pid
    wait $pid 2>/dev/null || true
  ' "$bin" "$2" "${3:-}" "${4:-}"
}

setting() { # DB KEY
  python3 -c 'import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute("select value from settings where key=?", (sys.argv[2],)).fetchone(); print(r[0] if r else "")' "$1" "$2"
}
ok() { echo "ok: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; echo "$passed passed, 1 failed"; exit 1; }

echo "desktop: first start, pick العربية"
# "العربية" is the first button of the second row of the picker (see desktop-first-start.png).
session "$work/data" "$art/desktop-first-start.png" 113 320
[ -s "$work/data/willkommensmappe.db" ] || fail "no database was created"
[ "$(setting "$work/data/willkommensmappe.db" language)" = ar ] || fail "the click on العربية was not stored"
ok "first start shows the picker and stores the chosen language"

echo "desktop: restart"
session "$work/data" "$art/desktop-restart-ar.png"
cmp -s "$art/desktop-first-start.png" "$art/desktop-restart-ar.png" && fail "after a restart the app shows the picker again"
[ "$(setting "$work/data/willkommensmappe.db" language)" = ar ] || fail "the language was lost"
ok "after a restart the app opens in Arabic"

echo "desktop: unreadable database"
mkdir -p "$work/broken"
head -c 8192 /dev/urandom > "$work/broken/willkommensmappe.db"
sum=$(sha256sum < "$work/broken/willkommensmappe.db")
session "$work/broken" "$art/desktop-unreadable.png"
[ "$(sha256sum < "$work/broken/willkommensmappe.db")" = "$sum" ] || fail "the unreadable file was changed without asking"
# Now accept "Kopie behalten und neu beginnen" (the button below the explanation).
session "$work/broken" "$art/desktop-unreadable.png" 172 313
kept=$(ls "$work/broken"/willkommensmappe.unreadable-*.db 2>/dev/null | head -n 1)
[ -n "$kept" ] || fail "no copy of the unreadable database was kept"
[ "$(sha256sum < "$kept")" = "$sum" ] || fail "the kept copy differs from the unreadable file"
python3 -c 'import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute("select count(*) from settings").fetchone()' \
  "$work/broken/willkommensmappe.db" || fail "the fresh database is not usable"
ok "an unreadable database is explained, kept as a copy, and replaced on request"

echo "$passed passed, 0 failed"
