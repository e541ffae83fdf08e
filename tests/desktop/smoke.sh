#!/usr/bin/env bash
# Desktop smoke test: starts the desktop build under Xvfb with a fresh data directory, takes a
# screenshot, and checks that a window with real content appeared and that the app created its
# database. Then starts it on an unreadable database and checks the file is left alone.
# Usage: tests/desktop/smoke.sh path/to/willkommensmappe
set -euo pipefail
bin=$(realpath "$1")
art="$(cd "$(dirname "$0")/.." && pwd)/e2e/artifacts"
mkdir -p "$art"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_and_shoot() { # data-dir screenshot
  WM_DATA_DIR="$1" WEBKIT_DISABLE_COMPOSITING_MODE=1 xvfb-run -a -s "-screen 0 600x960x24" bash -c '
    "$0" > "$1.log" 2>&1 &
    pid=$!
    for i in $(seq 1 60); do
      sleep 1
      kill -0 $pid 2>/dev/null || { echo "the app exited early:"; cat "$1.log"; exit 1; }
      # Wait until the window shows more than a blank background.
      import -window root "$1" 2>/dev/null || continue
      colors=$(convert "$1" -format "%k" info:)
      [ "$colors" -gt 50 ] && break
    done
    kill $pid
    wait $pid 2>/dev/null || true
  ' "$bin" "$2"
}

echo "desktop: first start"
run_and_shoot "$work/data" "$art/desktop-first-start.png"
colors=$(convert "$art/desktop-first-start.png" -format "%k" info:)
echo "desktop: screenshot has $colors colours"
[ "$colors" -gt 50 ] || { echo "FAIL: the window stayed blank"; exit 1; }
[ -s "$work/data/willkommensmappe.db" ] || { echo "FAIL: no database was created"; exit 1; }

echo "desktop: start on an unreadable database"
mkdir -p "$work/broken"
head -c 8192 /dev/urandom > "$work/broken/willkommensmappe.db"
sum=$(sha256sum < "$work/broken/willkommensmappe.db")
run_and_shoot "$work/broken" "$art/desktop-unreadable.png"
[ "$(sha256sum < "$work/broken/willkommensmappe.db")" = "$sum" ] || { echo "FAIL: the unreadable file was changed"; exit 1; }
colors=$(convert "$art/desktop-unreadable.png" -format "%k" info:)
[ "$colors" -gt 50 ] || { echo "FAIL: no message was shown for the unreadable database"; exit 1; }
echo "2 passed, 0 failed"
