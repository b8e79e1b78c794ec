#!/usr/bin/env bash
# `strata lint` benchmark (issue 13): 10,000 statements of generated, real-looking migrations
# (tests/bench/gen_lint_corpus.py), linted by Strata and by squawk-cli on the same SQL. Prints
# both times (median of ROUNDS) and, for every rule both tools have, how many statements each
# flags and how many both flag (agreement). squawk is fetched with `npm pack` into a cache
# folder here, for this comparison only: it is never a dependency of Strata. Never asserts.
#
# usage: tests/bench/lint.sh [STATEMENTS]   (env: STRATA=path/to/strata, ROUNDS=5,
#                                            SQUAWK=path/to/squawk, SQUAWK_VERSION=2.66.0)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
COUNT=${1:-10000}
ROUNDS=${ROUNDS:-5}
source "$HERE/find_strata.sh"
SQUAWK_VERSION=${SQUAWK_VERSION:-2.66.0}
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/strata/bench/squawk-$SQUAWK_VERSION
if [ -z "${SQUAWK:-}" ]; then
    SQUAWK=$CACHE/package/bin/squawk
    if [ ! -x "$SQUAWK" ]; then
        mkdir -p "$CACHE"
        (cd "$CACHE" && npm pack "@squawk-cli/linux-x64@$SQUAWK_VERSION" >/dev/null 2>&1 &&
            tar xzf squawk-cli-linux-x64-"$SQUAWK_VERSION".tgz) ||
            { echo "could not fetch squawk-cli (npm pack @squawk-cli/linux-x64@$SQUAWK_VERSION)" >&2; exit 2; }
    fi
fi
PY=/usr/bin/python3
WORK=$(mktemp -d /tmp/strata-bench-lint.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
"$PY" "$HERE/gen_lint_corpus.py" "$WORK/corpus" "$COUNT"

echo "strata: $STRATA ($("$STRATA" --version | head -1))"
echo "squawk: $SQUAWK ($("$SQUAWK" --version)); $ROUNDS round(s)"
ms() { date +%s%N; }
# Timed: both tools' compiler-style output (strata's default, squawk's --reporter gcc) to
# /dev/null. squawk has one transaction flag per run: the revisions Strata runs in one
# transaction are checked with --assume-in-transaction, the `Transactional: no` ones without.
for i in $(seq 1 "$ROUNDS"); do
    t0=$(ms)
    "$STRATA" --project "$WORK/corpus/project" lint >/dev/null || [ $? -eq 3 ]
    t1=$(ms)
    "$SQUAWK" --assume-in-transaction --reporter gcc "$WORK"/corpus/squawk/tx/*.sql >/dev/null || true
    "$SQUAWK" --reporter gcc "$WORK"/corpus/squawk/notx/*.sql >/dev/null || true
    t2=$(ms)
    "$STRATA" --project "$WORK/corpus/project" lint --json >"$WORK/strata.json" || [ $? -eq 3 ]
    t3=$(ms)
    "$SQUAWK" --assume-in-transaction --reporter json "$WORK"/corpus/squawk/tx/*.sql >"$WORK/squawk_tx.json" || true
    "$SQUAWK" --reporter json "$WORK"/corpus/squawk/notx/*.sql >"$WORK/squawk_notx.json" || true
    t4=$(ms)
    echo "$(( (t1 - t0) / 1000000 )) $(( (t2 - t1) / 1000000 )) $(( (t3 - t2) / 1000000 )) $(( (t4 - t3) / 1000000 ))" >>"$WORK/times"
done

"$PY" - "$WORK" <<'PYEOF'
import collections, json, os, statistics, sys
work = sys.argv[1]
times = [tuple(map(int, l.split())) for l in open(f"{work}/times")]
manifest = json.load(open(f"{work}/corpus/manifest.json"))
project = f"{work}/corpus/project"
# strata's JSON names files relative to the project folder.
by_strata = {os.path.relpath(m["strata"], project): m for m in manifest}
by_squawk = {m["squawk"]: m for m in manifest}
statements = sum(len(m["statements"]) for m in manifest)

def statement_of(entry, sql_line):
    for i, (a, b) in enumerate(entry["statements"]):
        if a <= sql_line <= b:
            return i
    return None

# squawk names two rules differently; everything else has the same id.
ALIAS = {"prefer-timestamp-tz": "prefer-timestamptz"}
strata, squawk = collections.defaultdict(set), collections.defaultdict(set)
strata_rules, squawk_rules = set(), set()
for rev in json.load(open(f"{work}/strata.json"))["revisions"]:
    for f in rev["findings"]:
        strata_rules.add(f["rule"])
        entry = by_strata.get(f["file"])
        if entry is None or f.get("section", "upgrade") != "upgrade":
            continue
        st = statement_of(entry, f["line"] - entry["offset"])
        if st is not None:
            strata[f["rule"]].add((entry["revision"], st))
for name in ("squawk_tx.json", "squawk_notx.json"):
    for f in json.load(open(f"{work}/{name}")):
        rule = ALIAS.get(f["rule_name"], f["rule_name"])
        squawk_rules.add(rule)
        entry = by_squawk.get(f["file"])
        if entry is None:
            continue
        st = statement_of(entry, f["line"] + 1)  # squawk's lines are 0-based
        if st is not None:
            squawk[rule].add((entry["revision"], st))

def row(name, k):
    values = [t[k] for t in times]
    print(f"{name:34}{statistics.median(values):>10.0f}{min(values):>7}{max(values):>7}")
print(f"\n{statements} statements in {len(manifest)} revisions (upgrade sections; Strata also lints the downgrades)")
print(f"{'':34}{'median ms':>10}{'min':>7}{'max':>7}")
row("strata lint (text)", 0)
row("squawk --reporter gcc (2 runs)", 1)
row("strata lint --json", 2)
row("squawk --reporter json (2 runs)", 3)
print(f"strata / squawk: text {statistics.median(t[0] for t in times) / statistics.median(t[1] for t in times):.2f}, "
      f"json {statistics.median(t[2] for t in times) / statistics.median(t[3] for t in times):.2f}")

shared = sorted((strata_rules | set(strata)) & squawk_rules)
print(f"\n{'rule (both have it)':38}{'both':>7}{'strata only':>13}{'squawk only':>13}{'agree':>8}")
total_both = total_any = 0
for rule in shared:
    a, b = strata.get(rule, set()), squawk.get(rule, set())
    both, any_ = len(a & b), len(a | b)
    total_both += both
    total_any += any_
    agree = f"{100.0 * both / any_:.1f}%" if any_ else "-"
    print(f"{rule:38}{both:>7}{len(a - b):>13}{len(b - a):>13}{agree:>8}")
if total_any:
    print(f"{'all shared rules':38}{total_both:>7}{'':>13}{'':>13}{100.0 * total_both / total_any:>7.1f}%")
print("\nsquawk-only rules:", ", ".join(sorted(squawk_rules - strata_rules)) or "none")
print("strata-only rules seen:", ", ".join(sorted(strata_rules - squawk_rules)) or "none")
with open(f"{work}/../strata-bench-lint-disagreements.txt", "w") as out:
    for rule in shared:
        for key in sorted(strata.get(rule, set()) ^ squawk.get(rule, set()))[:20]:
            side = "strata" if key in strata.get(rule, set()) else "squawk"
            out.write(f"{rule}\t{side} only\t{key[0]}\tstatement {key[1] + 1}\n")
PYEOF
echo "(first disagreements of each rule: /tmp/strata-bench-lint-disagreements.txt)"
