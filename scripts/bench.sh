#!/usr/bin/env bash
# Throughput of newsparse against the floor (cat, wc -w) on the same bytes.
#
# Builds a corpus of >= 100 MB from the PolNeAR articles in ../shared/corpus/polnear (copies of
# the same articles under new names) in a temporary folder, then times, one after another:
# wc -w (given the files through xargs, and reading their list itself), cat, newsparse on one
# thread, on all cores, and on a tenth of the corpus (for linearity), each one process given
# the list of files (`--files-from -`), the same two through xargs, and newsparse --jsonl on a
# JSON Lines stream of JSONL_MB megabytes (default 1024) generated on the fly. Prints MB/s,
# articles/s, peak RSS and the ratio of each time to wc -w's (the faster of its two rows).
# textacy and trafilatura are timed on a sample where Python can import them. Each row over
# the corpus is the fastest of RUNS runs (default 3), which keeps the figures steady on a
# machine shared with other work; the JSON Lines rows run once.
#
#   scripts/bench.sh                 # everything (a few minutes on 2 cores)
#   CORPUS_MB=200 JSONL_MB=0 RUNS=1 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
corpus_mb=${CORPUS_MB:-100}
jsonl_mb=${JSONL_MB:-1024}
runs=${RUNS:-3}
polnear=../shared/corpus/polnear
if [ ! -d "$polnear" ]; then
    echo "skipped: $polnear is not beside this checkout" >&2
    exit 0
fi
cargo build --release --quiet
bin=$PWD/target/release/newsparse
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The corpus: copies of every PolNeAR article until it holds corpus_mb megabytes.
mkdir "$tmp/corpus"
src=("$polnear"/*/text/*.txt)
bytes=0 copy=0
while [ "$bytes" -lt $((corpus_mb << 20)) ]; do
    copy=$((copy + 1))
    for f in "${src[@]}"; do cp "$f" "$tmp/corpus/$copy-${f##*/}"; done
    bytes=$((bytes + $(cat "${src[@]}" | wc -c)))
done
(cd "$tmp/corpus" && ls) > "$tmp/all"
tr '\n' '\0' < "$tmp/all" > "$tmp/all0"
awk 'NR % 10 == 1' "$tmp/all" > "$tmp/tenth"
files=$(wc -l < "$tmp/all")
tenth_bytes=$(cd "$tmp/corpus" && xargs cat < "$tmp/tenth" | wc -c)
# Write the new files out now, or the kernel does it during the timings below (on a 2-core
# machine that costs the parallel run most), then warm the page cache.
sync
(cd "$tmp/corpus" && xargs cat < "$tmp/all" > /dev/null)

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(uname -sr)"
echo "corpus:  $files articles, $((bytes >> 20)) MB (PolNeAR copies)"
echo
printf '%-38s %8s %9s %11s %9s %8s\n' command seconds MB/s articles/s "peak RSS" "× wc -w"

# time INPUT COMMAND...: the fastest of `runs` runs of COMMAND with INPUT on standard input
# (output discarded), as `secs` and its peak RSS in KB as `kb`.
time_it() {
    local input=$1 s k
    shift
    secs= kb=
    for _ in $(seq "$runs"); do
        # Wall time to the microsecond from the shell's clock (time's own is to 10 ms, too
        # coarse for the short rows); peak RSS from time.
        local start=$EPOCHREALTIME
        /usr/bin/time -f '%M' -o "$tmp/time" "$@" < "$input" > /dev/null
        s=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
        read -r k < "$tmp/time"
        if [ -z "$secs" ] || awk -v a="$s" -v b="$secs" 'BEGIN { exit !(a < b) }'; then
            secs=$s kb=$k
        fi
    done
}
# row NAME BYTES ARTICLES SECS KB: prints a row, its time over wc's.
row() {
    awk -v name="$1" -v n="$2" -v c="$3" -v s="$4" -v kb="$5" -v w="$wc_time" 'BEGIN {
        printf "%-38s %8.3f %9.1f %11.0f %6.0f MB %8.2f\n", name, s, n / 1048576 / s, c / s, kb / 1024, s / w }'
}
# run NAME BYTES ARTICLES INPUT COMMAND...: times COMMAND and prints its row.
run() {
    local name=$1 n=$2 count=$3 input=$4
    shift 4
    time_it "$input" "$@"
    row "$name" "$n" "$count" "$secs" "$kb"
}
cd "$tmp/corpus"
# wc -w both ways: its arguments through xargs (about 2,100 files per call: eleven
# processes), and one process reading the list of files on standard input. Every ratio is to
# the faster of the two.
time_it "$tmp/all" xargs wc -w
wc_args=$secs wc_args_kb=$kb
time_it "$tmp/all0" wc -w --files0-from=-
wc_list=$secs wc_list_kb=$kb
wc_time=$(awk -v a="$wc_args" -v b="$wc_list" 'BEGIN { print (a < b) ? a : b }')
row "wc -w" "$bytes" "$files" "$wc_args" "$wc_args_kb"
row "wc -w --files0-from" "$bytes" "$files" "$wc_list" "$wc_list_kb"
run "cat" "$bytes" "$files" "$tmp/all" xargs cat
# newsparse as one process given the list of files, and through xargs as wc -w is.
run "newsparse -j 1" "$bytes" "$files" "$tmp/all" "$bin" -j 1 --files-from -
run "newsparse -j $(nproc)" "$bytes" "$files" "$tmp/all" "$bin" --files-from -
run "newsparse -j 1, a tenth of the corpus" "$tenth_bytes" "$(wc -l < "$tmp/tenth")" \
    "$tmp/tenth" "$bin" -j 1 --files-from -
run "newsparse -j 1, through xargs" "$bytes" "$files" "$tmp/all" xargs "$bin" -j 1
run "newsparse -j $(nproc), through xargs" "$bytes" "$files" "$tmp/all" xargs "$bin"
cd - > /dev/null

if [ "$jsonl_mb" -gt 0 ]; then
    # A JSON Lines stream of jsonl_mb megabytes, generated as it is read (never on disk).
    cat > "$tmp/gen.py" <<'EOF'
import json, sys
limit, paths = int(sys.argv[1]) << 20, sys.argv[2:]
lines = [json.dumps({"id": p.rsplit("/", 1)[-1], "text": open(p).read()}) + "\n" for p in paths]
written = i = 0
while written < limit:
    line = lines[i % len(lines)]
    sys.stdout.write(line)
    written += len(line.encode())
    i += 1
EOF
    gen() { python3 "$tmp/gen.py" "$jsonl_mb" "${src[@]}"; }
    elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { print b - a }'; }
    start=$(date +%s.%N)
    read -r jsonl_lines jsonl_bytes < <(gen | wc -lc)
    gen_secs=$(elapsed "$start")
    echo
    echo "JSON Lines: $jsonl_lines records, $((jsonl_bytes >> 20)) MB, piped from a generator" \
        "that alone takes $gen_secs s"
    for j in 1 "$(nproc)"; do
        # The whole pipe's time, and newsparse's own peak RSS.
        start=$(date +%s.%N)
        gen | /usr/bin/time -f '%M' -o "$tmp/rss" "$bin" --jsonl -j "$j" > /dev/null
        awk -v s="$(elapsed "$start")" -v n="$jsonl_bytes" -v c="$jsonl_lines" \
            -v kb="$(cat "$tmp/rss")" -v j="$j" 'BEGIN {
            printf "%-38s %8.2f %9.1f %11.0f %6.0f MB\n", "gen | newsparse --jsonl -j " j, s,
                n / 1048576 / s, c / s, kb / 1024 }'
    done
fi

echo
sample=("${src[@]:0:50}")
sample_bytes=$(cat "${sample[@]}" | wc -c)
if python3 -c 'import textacy, spacy; spacy.load("en_core_web_sm")' 2> /dev/null; then
    run "textacy (50 articles)" "$sample_bytes" 50 /dev/null python3 -c '
import sys, spacy, textacy.extract
nlp = spacy.load("en_core_web_sm")
for p in sys.argv[1:]:
    list(textacy.extract.triples.direct_quotations(nlp(open(p).read())))' "${sample[@]}"
else
    echo "textacy: not installed here, skipped"
fi
if python3 -c 'import trafilatura' 2> /dev/null; then
    run "trafilatura (50 articles)" "$sample_bytes" 50 /dev/null python3 -c '
import sys, html, trafilatura
for p in sys.argv[1:]:
    page = "<html><body>" + "".join("<p>%s</p>" % html.escape(l) for l in open(p)) + "</body></html>"
    trafilatura.extract(page)' "${sample[@]}"
else
    echo "trafilatura: not installed here, skipped"
fi
