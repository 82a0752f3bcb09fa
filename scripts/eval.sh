#!/usr/bin/env bash
# Score newsparse on the evaluation corpora with the shared scorers.
#
#   scripts/eval.sh quotes DIR [SCORER_ARGS...]   PolNeAR-style folder (text/ + attributions/)
#   scripts/eval.sh pages  DIR [SCORER_ARGS...]   pages folder (gold.jsonl + text/ + html/)
#   scripts/eval.sh all                           every dev corpus in ../shared, plain,
#                                                 hard-wrapped at 72 columns and with CRLF ends
#
# The scorers live in ../shared/eval (or $NEWSPARSE_EVAL); extra arguments go to them
# (e.g. --show 40, --input html, --source zyte).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${NEWSPARSE_EVAL:-$root/../shared/eval}
corpus=${NEWSPARSE_CORPUS:-$root/../shared/corpus}
bin=$root/target/release/newsparse
[ -d "$eval_dir" ] || { echo "eval.sh: no scorers at $eval_dir (set NEWSPARSE_EVAL)" >&2; exit 2; }
(cd "$root" && cargo build --release --quiet)

quotes() { python3 "$eval_dir/score_quotes.py" "$1" --cmd "$bin {}" "${@:2}"; }
pages() { python3 "$eval_dir/score_pages.py" "$1" --cmd "$bin {}" "${@:2}"; }

case "${1:-all}" in
  quotes) quotes "${@:2}" ;;
  pages) pages "$2" --input text "${@:3}" ;;
  all)
    dev=$corpus/polnear/dev
    echo "== PolNeAR dev quotes"; quotes "$dev"
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/wrapped" "$tmp/crlf"
    for f in "$dev"/text/*.txt; do
      fold -s -w 72 "$f" > "$tmp/wrapped/${f##*/}"
      sed 's/$/\r/' "$f" > "$tmp/crlf/${f##*/}"
    done
    echo "== PolNeAR dev quotes, wrapped at 72 columns"; quotes "$dev" --input-dir "$tmp/wrapped"
    echo "== PolNeAR dev quotes, CRLF line ends"; quotes "$dev" --input-dir "$tmp/crlf"
    echo "== pages dev, text dumps"; pages "$corpus/pages/dev" --input text
    ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
