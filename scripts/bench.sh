#!/usr/bin/env bash
# End-to-end throughput of `blotter extract` on the bulk corpus of press releases.
#
# Usage: scripts/bench.sh [CORPUS.tar.gz]      (run from anywhere; release build)
#   BENCH_JOBS="1 2"   thread counts to run (default: 1 and all cores)
#   BENCH_LINEAR=0     skip the single-article linearity check (1 MB vs 100 MB)
#   BENCH_KEEP=1       keep the temporary folder
#   BENCH_STAGES=1     also run the per-stage micro-benchmarks (cargo bench --bench pipeline)
#
# Prints, for each --jobs: wall time, MB/s, articles/s, peak RSS (from
# /usr/bin/time -v) and the speed-up over --jobs 1; the same for `wc -w` over the
# same files as a floor of what reading the bytes costs; then the time of one 1 MB
# and one 100 MB article to show the cost is linear in input size.
# Targets (issue 5): >= 25 MB/s per core, >= 1.7x on 2 cores, peak RSS <= 150 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
corpus="${1:-${SHARED:-../shared}/corpus/bulk/prosecutor-press-releases-text.tar.gz}"
[[ -f "$corpus" ]] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
cores=$(nproc)
jobs_list="${BENCH_JOBS:-1 $cores}"

if [[ ! -x /usr/bin/time ]]; then
  echo "bench: installing GNU time for peak RSS" >&2
  (apt-get update -qq && apt-get install -y -qq time) >/dev/null 2>&1 ||
    { echo "bench: /usr/bin/time missing and cannot be installed" >&2; exit 2; }
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/blotter-bench.XXXXXX")
[[ "${BENCH_KEEP:-0}" == 1 ]] || trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/corpus"
tar -xzf "$corpus" -C "$tmp/corpus"
files=$(find "$tmp/corpus" -type f -name '*.txt' | wc -l)
bytes=$(find "$tmp/corpus" -type f -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)

cargo build --release --quiet --bin blotter
bin="${CARGO_TARGET_DIR:-$root/target}/release/blotter"

# Seconds from /usr/bin/time -v's "Elapsed (wall clock) time (h:mm:ss or m:ss): ...".
elapsed() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }
cpu_s() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$1"; }
cpu_pct() { awk -F': ' '/Percent of CPU/ { print $2 }' "$1"; }
rate() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }

echo "machine: $cores cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(uname -m)"
echo "corpus:  $(basename "$corpus"): $files files, $(rate "$bytes" 1000000) MB"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; other work on the machine skews the figures)"
echo "binary:  $bin ($(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo
printf '%-14s %9s %9s %12s %10s %9s %8s %6s %10s\n' run seconds MB/s articles/s "peak RSS" speed-up "CPU s" CPU "MB/CPU-s"

t_floor=0
/usr/bin/time -v -o "$tmp/time-wc" sh -c "find '$tmp/corpus' -type f -name '*.txt' -print0 | xargs -0 cat | wc -w" >/dev/null
t_floor=$(elapsed "$tmp/time-wc")
printf '%-14s %9.2f %9s %12s %7s MB %9s %8s %6s %10s\n' "wc -w (floor)" "$t_floor" "$(rate "$bytes" "$(awk -v t="$t_floor" 'BEGIN { print t * 1e6 }')")" \
  "$(rate "$files" "$t_floor")" "$(rss_mb "$tmp/time-wc")" "-" "$(cpu_s "$tmp/time-wc")" "-" "-"

t1=""
status=0
for j in $jobs_list; do
  /usr/bin/time -v -o "$tmp/time-$j" "$bin" extract -r "$tmp/corpus" --jobs "$j" --quiet --out "$tmp/out-$j.jsonl" || status=$?
  t=$(elapsed "$tmp/time-$j")
  [[ -n "$t1" ]] || t1=$t
  mbs=$(rate "$bytes" "$(awk -v t="$t" 'BEGIN { print t * 1e6 }')")
  c=$(cpu_s "$tmp/time-$j")
  printf '%-14s %9.2f %9s %12s %7s MB %8sx %8s %6s %10s\n' "--jobs $j" "$t" "$mbs" "$(rate "$files" "$t")" "$(rss_mb "$tmp/time-$j")" \
    "$(rate "$t1" "$t")" "$c" "$(cpu_pct "$tmp/time-$j")" "$(rate "$(rate "$bytes" 1000000)" "$c")"
  echo "               per core: $(rate "$mbs" "$j") MB/s"
done
[[ $status -le 1 ]] || { echo "bench: blotter failed (exit $status)" >&2; exit "$status"; }

first=""
for j in $jobs_list; do
  if [[ -z "$first" ]]; then first=$j; continue; fi
  if cmp -s "$tmp/out-$first.jsonl" "$tmp/out-$j.jsonl"; then
    echo "output: --jobs $j is byte-identical to --jobs $first ($(wc -l <"$tmp/out-$j.jsonl") records)"
  else
    echo "output: --jobs $j DIFFERS from --jobs $first" >&2; status=3
  fi
done

if [[ "${BENCH_LINEAR:-1}" != 0 ]]; then
  echo
  echo "linearity (one article, --jobs 1):"
  # Real text: the corpus concatenated, paragraphs kept, to 1 MB and 100 MB.
  find "$tmp/corpus" -type f -name '*.txt' -print0 | sort -z | xargs -0 awk 1 >"$tmp/all.txt"
  head -c 1000000 "$tmp/all.txt" >"$tmp/one-mb.txt"
  : >"$tmp/hundred-mb.txt"
  while [[ $(stat -c %s "$tmp/hundred-mb.txt") -lt 100000000 ]]; do cat "$tmp/all.txt" >>"$tmp/hundred-mb.txt"; done
  truncate -s 100000000 "$tmp/hundred-mb.txt"
  for f in one-mb hundred-mb; do
    /usr/bin/time -v -o "$tmp/time-$f" timeout 900 "$bin" extract "$tmp/$f.txt" --jobs 1 --out "$tmp/$f.json" || true
    printf '  %-12s %8.2f s wall %8.2f s CPU %8s MB peak RSS\n' "$f" "$(elapsed "$tmp/time-$f")" "$(cpu_s "$tmp/time-$f")" "$(rss_mb "$tmp/time-$f")"
  done
  echo "  ratio 100 MB / 1 MB: $(rate "$(elapsed "$tmp/time-hundred-mb")" "$(elapsed "$tmp/time-one-mb")")x wall," \
    "$(rate "$(cpu_s "$tmp/time-hundred-mb")" "$(cpu_s "$tmp/time-one-mb")")x CPU (linear: ~100x; the 1 MB run includes start-up)"
fi

if [[ "${BENCH_STAGES:-0}" == 1 ]]; then
  echo
  echo "per stage (divan; BLOTTER_BENCH_DIR = the unpacked corpus):"
  BLOTTER_BENCH_DIR="$tmp/corpus" cargo bench --quiet --bench pipeline
else
  echo
  echo "per stage: BENCH_STAGES=1 scripts/bench.sh, or cargo bench --bench pipeline"
fi
exit "$status"
