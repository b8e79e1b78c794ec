#!/usr/bin/env bash
# Benchmark: `strata heads`, `strata history` and `strata upgrade base:heads --sql` on generated
# projects of 1,000 and 10,000 revisions, linear and branchy (a branch and a merge every 10).
# Prints the best of 5 wall-clock runs of each, process start included.
# usage: tests/bench/graph.sh [BUILD_DIR]   (default: build/ci, else build/dev)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-}"
[ -n "$build" ] || for b in "$root/build/ci" "$root/build/dev"; do [ -x "$b/bin/strata" ] && build="$b" && break; done
strata="$build/bin/strata"
[ -x "$strata" ] || { echo "build strata first (scripts/build ci)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

best_ms() { # best wall time of 5 runs, in ms
    local best=999999 t0 t1 ms
    for _ in 1 2 3 4 5; do
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        ms=$(( (t1 - t0) / 1000000 ))
        [ "$ms" -lt "$best" ] && best=$ms
    done
    echo "$best"
}

printf '%-8s %-8s %10s %10s %22s\n' N shape "heads ms" "history ms" "upgrade base:heads --sql ms"
for n in 1000 10000; do
    for shape in linear branchy; do
        dir="$work/$shape-$n"
        /usr/bin/python3 "$root/tests/bench/gen_revisions.py" "$dir" "$n" "$shape"
        h=$(best_ms "$strata" --project "$dir" heads)
        y=$(best_ms "$strata" --project "$dir" history)
        u=$(best_ms "$strata" --project "$dir" upgrade base:heads --sql)
        printf '%-8s %-8s %10s %10s %22s\n' "$n" "$shape" "$h" "$y" "$u"
    done
done
