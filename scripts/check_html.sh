#!/usr/bin/env bash
# Check the three documents as a validator, axe-core and a browser see them:
#   1. render the invented cases (tests/fixtures/cases, on the shipped packs) to HTML:
#      the statement, the notes for the officer and the person's notes;
#   2. validate each with the Nu HTML checker (errors only);
#   3. run axe-core on each in headless Chromium (/work/shared/tools/axe-check, or AXE_CHECK);
#   4. print each to PDF with headless Chromium, count the A4 pages, compare with the
#      page estimate, and check every page's footer ("Page N of M" and the line that
#      says who the document is for);
#   5. with --png, turn the pages into pictures to look at; with --record, write the
#      pages Chromium printed to tests/fixtures/cases/chromium_pages.json (the page
#      estimate's test compares with them).
#
#   scripts/check_html.sh [--png] [--record] [CASE ...]    (default: every case)
#   scripts/check_html.sh [--png] --file PAGE.html
#
# Needs java, chromium and poppler-utils (apt-get install chromium poppler-utils) and
# the npm package vnu-jar. Set VNU_JAR to its vnu.jar, or it is installed once into
# ${S7PREP_TOOLS:-$HOME/.cache/s7prep-tools} (outside the repository). PYTHON picks the
# interpreter that has s7prep installed (default: python3). Output goes to OUT
# (default: a new temporary folder), which is printed at the end.
# Exit status: 0 when every page validates, passes axe and has its footers; 1 when
# not; 2 when a tool is missing.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"
png=0
record=0
cases=()
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --png) png=1 ;;
    --record) record=1 ;;
    --file) file="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) cases+=("$1") ;;
  esac
  shift
done

need() { command -v "$1" >/dev/null 2>&1 || { echo "check_html: $1 is not installed ($2)" >&2; exit 2; }; }
need java "Java 17 or newer"
need chromium "apt-get install chromium"
need pdfinfo "apt-get install poppler-utils"
need pdftotext "apt-get install poppler-utils"

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
axe="${AXE_CHECK:-/work/shared/tools/axe-check}"

out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
if [ -n "$file" ]; then
  cp "$file" "$out/page.html"
  printf 'page\t-\t-\t-\n' > "$out/estimates.tsv"
else
  # Each case's three documents as HTML, and their estimated pages and words.
  (cd "$here" && "$python" - "$out" "${cases[@]}" <<'PY'
import sys
from datetime import date
from pathlib import Path

from s7prep.statement import documents
from s7prep.statement.render import render
from tests.fixtures.cases import NAMES, load, packset

out = Path(sys.argv[1])
ps = packset()
rows = []
for name in sys.argv[2:] or NAMES:
    docs = documents.build(load(name, ps), ps, date(2026, 11, 22))
    for kind in documents.DOCUMENTS:
        (out / f"{name}-{kind}.html").write_text(render(docs.data(kind), "html", kind), encoding="utf-8")
        m = docs.measure(kind)
        rows.append(f"{name}-{kind}\t{m.pages:.2f}\t{m.words}\t{m.target}")
(out / "estimates.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
PY
  )
fi

status=0
pages=("$out"/*.html)
if java -jar "$vnu" --errors-only "${pages[@]}"; then
  echo "Nu HTML checker: no errors in ${#pages[@]} page(s)"
else
  echo "Nu HTML checker: errors (above)"
  status=1
fi
if [ -x "$axe" ]; then
  if "$axe" "${pages[@]}" | sed "s|$out/||"; then
    echo "axe-core: no violations"
  else
    echo "axe-core: violations (above)"
    status=1
  fi
else
  echo "axe-core: skipped ($axe not found; set AXE_CHECK)"
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
printf '%-34s %7s %9s %9s %6s  %s\n' "document" "words" "estimate" "chromium" "limit" "footers"
recorded=()
while IFS=$'\t' read -r stem estimate words limit; do
  page="$out/$stem.html"
  pdf="$out/$stem.pdf"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$page" >/dev/null 2>&1
  n="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  # How full the last page is: the lowest line of text above the footer.
  fill="$("$python" - "$pdf" "$n" <<'PY'
import re, subprocess, sys
pdf, n = sys.argv[1], int(sys.argv[2])
xml = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-bbox-layout", pdf, "-"],
                     capture_output=True, text=True).stdout
mm = 72 / 25.4
top, bottom = 12 * mm, (297 - 15) * mm
ys = [float(y) for y in re.findall(r'<line xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)"', xml)]
body = [y for y in ys if y < bottom]
print(f"{n - 1 + (max(body) - top) / (bottom - top) if body else n - 1:.2f}")
PY
)"
  footers="ok"
  for p in $(seq 1 "$n"); do
    text="$(pdftotext -f "$p" -l "$p" -layout "$pdf" - | tr -s ' \n' ' ')"
    if [[ "$text" != *"Page $p of $n"* ]]; then footers="page $p has no 'Page $p of $n'"; status=1; break; fi
    case "$stem" in
      *-statement) want="may be shared with the court and the other party" ;;
      *-officer) want="For the Cafcass officer only" ;;
      *-notes) want="Not for handing over" ;;
      *) want="" ;;
    esac
    if [ -n "$want" ] && [[ "$text" != *"$want"* ]]; then footers="page $p lacks '$want'"; status=1; break; fi
  done
  over=""
  if [ "$limit" != "-" ] && [ "$limit" != "0" ] && [ "$n" -gt "$limit" ]; then over=" OVER"; status=1; fi
  printf '%-34s %7s %9s %9s %6s  %s\n' "$stem" "$words" "$estimate" "$fill ($n)" "$limit$over" "$footers"
  recorded+=("\"$stem\": $fill")
  if [ "$png" = 1 ]; then
    need pdftoppm "apt-get install poppler-utils"
    pdftoppm -png -r 80 "$pdf" "$out/$stem"
  fi
done < "$out/estimates.tsv"

if [ "$record" = 1 ] && [ -z "$file" ]; then
  target="$here/tests/fixtures/cases/chromium_pages.json"
  { echo "{"; (IFS=$'\n'; echo "${recorded[*]}") | sed '$!s/$/,/; s/^/  /'; echo "}"; } > "$target"
  echo "recorded: $target"
fi
[ "$png" = 1 ] && echo "pictures: $out/*.png"
echo "output: $out"
exit "$status"
