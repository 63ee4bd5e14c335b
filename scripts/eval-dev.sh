#!/usr/bin/env bash
# Extract the seed and the dev set with a debug build and score them.
# Usage: scripts/eval-dev.sh [-v] [dev|seed|both]   (run from the project root)
set -uo pipefail
cd "$(dirname "$0")/.."
verbose=""; [[ "${1:-}" == "-v" ]] && { verbose="-v"; shift; }
which="${1:-both}"
shared="${SHARED:-../shared}"
out="${TMPDIR:-/tmp}/blotter-eval-$$"; mkdir -p "$out"
cargo build -q --bin blotter 2>&1 | grep -E '^(error|warning: unused)' -A5
bin="${CARGO_TARGET_DIR:-target}/debug/blotter"
for set in seed dev; do
  [[ "$which" == both || "$which" == "$set" ]] || continue
  "$bin" extract "$shared/corpus/$set" --format jsonl > "$out/$set.jsonl" 2> "$out/$set.err"
  echo "== $set"; cat "$out/$set.err" | head -5
  python3 "$shared/eval/score.py" --gold "$shared/corpus/$set" --pred "$out/$set.jsonl" $verbose
done
rm -rf "$out"
