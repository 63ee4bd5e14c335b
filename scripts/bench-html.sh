#!/usr/bin/env bash
# Benchmark the HTML route against trafilatura on the public article-extraction pages.
#
#   scripts/bench-html.sh [PAGES_DIR] [ROUNDS]
#
# Runs blotter's extract_page (release build of examples/html_bench, one thread) and
# trafilatura (pip-installed into target/bench-venv on first use, one process) over the same
# pages, scores both bodies with ../shared/eval/body_score.py when the ground truth is
# there, and prints pages per second of CPU time for each and the ratio.
# Both sides time extraction only: pages are read and decompressed beforehand.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-../shared/corpus/html-bench/html}
ROUNDS=${2:-5}
TRUTH=$(dirname "$PAGES")/ground-truth.json
SCORE=../shared/eval/body_score.py
OUT=${BENCH_OUT:-target/bench-html}
VENV=${BENCH_VENV:-target/bench-venv}
mkdir -p "$OUT"

cargo build --quiet --release --example html_bench
./target/release/examples/html_bench "$PAGES" --no-title --repeat "$ROUNDS" >"$OUT/blotter.jsonl" 2>"$OUT/blotter.time"
BLOTTER_PPS=$(sed -n 's/.*cpu \([0-9.]*\) pages\/s.*/\1/p' "$OUT/blotter.time")

if ! "$VENV/bin/python" -c "import trafilatura" 2>/dev/null; then
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
    # lxml >= 5.2 ships its HTML cleaner separately; trafilatura (through jusText) needs it.
    "$VENV/bin/pip" install --quiet trafilatura lxml_html_clean
fi
"$VENV/bin/python" - "$PAGES" "$ROUNDS" "$OUT/trafilatura.jsonl" <<'PY' 2>"$OUT/trafilatura.time"
import gzip, json, os, sys, time
import trafilatura
pages_dir, rounds, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pages = []
for name in sorted(os.listdir(pages_dir)):
    if ".htm" not in name:
        continue
    path = os.path.join(pages_dir, name)
    raw = gzip.open(path).read() if name.endswith(".gz") else open(path, "rb").read()
    pages.append((name.split(".")[0], raw.decode("utf-8", "replace")))
results = {}
cpu = time.process_time()
for r in range(rounds):
    for pid, html in pages:
        body = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
        if r == 0:
            results[pid] = body
cpu = time.process_time() - cpu
with open(out, "w") as f:
    for pid, body in results.items():
        f.write(json.dumps({"id": pid, "body": body}) + "\n")
n = len(pages) * rounds
print(f"trafilatura: {n} pages in {cpu:.3f}s cpu = cpu {n / cpu:.1f} pages/s", file=sys.stderr)
PY
TRAF_PPS=$(sed -n 's/.*cpu \([0-9.]*\) pages\/s.*/\1/p' "$OUT/trafilatura.time")

if [ -f "$TRUTH" ]; then
    echo "blotter     $(python3 "$SCORE" --truth "$TRUTH" --pred "$OUT/blotter.jsonl")"
    echo "trafilatura $(python3 "$SCORE" --truth "$TRUTH" --pred "$OUT/trafilatura.jsonl")"
fi
echo "blotter:     $BLOTTER_PPS pages/s (one core, CPU time)"
echo "trafilatura: $TRAF_PPS pages/s (one core, CPU time)"
python3 -c "import sys; b, t = map(float, sys.argv[1:]); print(f'ratio: {b / t:.1f}x')" "$BLOTTER_PPS" "$TRAF_PPS"
