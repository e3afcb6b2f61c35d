#!/usr/bin/env bash
# The scale runs of issue 26 (docs/BENCHMARKS.md), for a quiet machine: 2,000 then 20,000 documents on SQLite and
# PostgreSQL, the second judged against the first. Usage: tools/Mandaat.Bench/scale-runs.sh [OUT_DIR] [PG_CONNECTION]
# Takes about 15 minutes for the first run and 30–90 for the second (BENCHMARKS.md, "Running it").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/.build/bench-runs}"
pg="${2:-${MANDAAT_TEST_PG:-Host=127.0.0.1;Port=55600;Username=postgres;Database=postgres}}"
mkdir -p "$out"
"$root/mandaat" bench --docs 2000 --pg "$pg" --json > "$out/bench-2000.json"
"$root/mandaat" bench --docs 20000 --pg "$pg" --against "$out/bench-2000.json" --json > "$out/bench-20000.json"
# The verdicts at a glance: every figure with a target, and its PASS or MISS.
for run in 2000 20000; do
  echo "== $run documents"
  python3 -c 'import json,sys
for f in json.load(open(sys.argv[1]))["figures"]:
    if f["verdict"]:
        ratio = "" if f["ratio"] is None else " (%.2fx %s)" % (f["ratio"], f["baseline_measure"])
        print("%-4s  %s: %.2f %s%s  target %s" % (f["verdict"], f["id"], f["value"], f["unit"], ratio, f["target"]))' "$out/bench-$run.json"
done
