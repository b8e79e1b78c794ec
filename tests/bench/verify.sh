#!/usr/bin/env bash
# `strata verify` benchmark (issue 13): the sample project (migrations/) verified ROUNDS times on a
# scratch database of a sandbox; prints the time of each revision's round trip (upgrade, snapshot,
# downgrade, snapshot, upgrade again, snapshot), the whole-range pass and the total, as the median
# of the rounds. Never asserts a time.
#
# usage: tests/bench/verify.sh [PROJECT_DIR]   (env: STRATA=path/to/strata, BENCH_SANDBOX=dir, ROUNDS=5)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PROJECT=${1:-$ROOT/migrations}
ROUNDS=${ROUNDS:-5}
source "$HERE/find_strata.sh"
PY=/usr/bin/python3
SANDBOX=${BENCH_SANDBOX:-$ROOT/build/bench-sandbox}
"$STRATA" sandbox start --dir "$SANDBOX" >/dev/null
export STRATA_SANDBOX_DIR=$SANDBOX
WORK=$(mktemp -d /tmp/strata-bench-verify.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "strata binary: $STRATA"
echo "project: $PROJECT, $ROUNDS round(s) on a scratch database of $SANDBOX"
for i in $(seq 1 "$ROUNDS"); do
    "$STRATA" --project "$PROJECT" verify --scratch --json >"$WORK/round$i.json" || {
        echo "verify failed (round $i):" >&2; cat "$WORK/round$i.json" >&2; exit 1; }
done
"$PY" - "$WORK" "$ROUNDS" <<'PYEOF'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
runs = [json.load(open(f"{work}/round{i}.json")) for i in range(1, rounds + 1)]
ids = [r["revision"] for r in runs[0]["revisions"]]
print(f"{'revision':40} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
def row(name, values):
    print(f"{name:40} {statistics.median(values):>10.0f} {min(values):>8} {max(values):>8}")
for i, rev in enumerate(ids):
    row(rev, [r["revisions"][i]["duration_ms"] for r in runs])
row("(whole range down and up)", [r["whole_range"]["duration_ms"] for r in runs])
row("(total)", [r["duration_ms"] for r in runs])
per = [r["duration_ms"] / max(1, len(ids)) for r in runs]
print(f"per revision, total / {len(ids)}: {statistics.median(per):.0f} ms (median)")
PYEOF
