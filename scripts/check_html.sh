#!/usr/bin/env bash
# Check the HTML statement as a validator and a browser see it:
#   1. render an invented sample case (tests/fixtures/cases) to HTML,
#   2. validate it with the Nu HTML checker (errors only),
#   3. print it to PDF with headless Chromium and count the A4 pages,
#   4. with --png, turn the pages into pictures to look at.
#
#   scripts/check_html.sh [--png] [CASE]      CASE: three_children (default), one_child, grandparent
#   scripts/check_html.sh [--png] --file PAGE.html
#
# Needs java, chromium and poppler-utils (apt-get install chromium poppler-utils) and
# the npm package vnu-jar. Set VNU_JAR to its vnu.jar, or it is installed once into
# ${S7PREP_TOOLS:-$HOME/.cache/s7prep-tools} (outside the repository). PYTHON picks the
# interpreter that has s7prep installed (default: python3). Output goes to OUT
# (default: a new temporary folder), which is printed at the end.
# Exit status: 0 when the page validates, 1 when it does not, 2 when a tool is missing.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"
png=0
case_name="three_children"
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --png) png=1 ;;
    --file) file="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) case_name="$1" ;;
  esac
  shift
done

need() { command -v "$1" >/dev/null 2>&1 || { echo "check_html: $1 is not installed ($2)" >&2; exit 2; }; }
need java "Java 17 or newer"
need chromium "apt-get install chromium"
need pdfinfo "apt-get install poppler-utils"

vnu="${VNU_JAR:-}"
if [ -z "$vnu" ]; then
  tools="${S7PREP_TOOLS:-$HOME/.cache/s7prep-tools}"
  vnu="$tools/node_modules/vnu-jar/build/dist/vnu.jar"
  if [ ! -f "$vnu" ]; then
    need npm "Node.js, to fetch vnu-jar"
    mkdir -p "$tools"
    (cd "$tools" && npm install --no-audit --no-fund --ignore-scripts vnu-jar >/dev/null)
  fi
fi
[ -f "$vnu" ] || { echo "check_html: no vnu.jar at $vnu" >&2; exit 2; }

out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
page="$out/statement.html"
if [ -n "$file" ]; then
  cp "$file" "$page"
else
  (cd "$here" && "$python" - "$case_name" "$page" <<'PY'
import sys
from datetime import date
from pathlib import Path

from s7prep.statement import build as statement
from s7prep.statement import render as statement_render
from tests.fixtures.cases import load, packset

ps = packset()
s = statement.build(load(sys.argv[1], ps), ps, date(2026, 11, 22))
Path(sys.argv[2]).write_text(statement_render.render(s, "html"), encoding="utf-8")
print(f"case: {sys.argv[1]}; words: {s.word_count} (budget {s.word_budget})")
PY
  )
fi

status=0
if java -jar "$vnu" --errors-only "$page"; then
  echo "validator: no errors"
else
  echo "validator: errors (above)"
  status=1
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf="$out/statement.pdf" "file://$page" >/dev/null 2>&1
pages="$(pdfinfo "$out/statement.pdf" | awk '/^Pages:/ {print $2}')"
size="$(pdfinfo "$out/statement.pdf" | awk -F': *' '/^Page size:/ {print $2}')"
echo "pages: $pages ($size)"
if [ "$png" = 1 ]; then
  need pdftoppm "apt-get install poppler-utils"
  pdftoppm -png -r 80 "$out/statement.pdf" "$out/page"
  echo "pictures: $out/page-*.png"
fi
echo "output: $out"
exit "$status"
