#!/usr/bin/env bash
# Alembic-project benchmark (issue 12): an Alembic project as users have it -- alembic.ini, an env.py
# that reads DATABASE_URL, N `.py` revisions written with op.create_table / op.add_column (plain
# Python, so Strata runs them through the bridge with the project's own Alembic) -- and no
# strata.toml. Measures on twin databases of the sandbox:
#   (a) `alembic upgrade heads`                    (Alembic alone)
#   (b) `strata upgrade heads`                     (Strata: lock, history, bridge, live events)
#   (c) `strata history` and `strata heads`         (literal metadata: no Python may start)
# and prints the figures, Strata's overhead ((b) - (a)) as a fraction of (a), and whether any Python
# started for (c). Never asserts a time.
#
# usage: tests/bench/alembic_bridge.sh [N]   (env: STRATA=path/to/strata, BENCH_SANDBOX=dir, ROUNDS=3)
set -euo pipefail

N=${1:-200}
ROUNDS=${ROUNDS:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
source "$HERE/find_strata.sh"
echo "strata binary: $STRATA"
SANDBOX=${BENCH_SANDBOX:-$ROOT/build/bench-sandbox}
PY=/usr/bin/python3 # Debian's python3 (python3-alembic, python3-psycopg2, python3-dotenv)
WORK=$(mktemp -d /tmp/strata-bench-alembic.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

"$STRATA" sandbox start --dir "$SANDBOX" >/dev/null
PORT=$($PY -c "import json,sys; print(json.load(open(sys.argv[1]))['port'])" "$SANDBOX/sandbox.json")
url() { echo "postgresql://postgres@127.0.0.1:$PORT/$1"; }
recreate() {
    "$STRATA" sandbox --dir "$SANDBOX" dropdb "$1" >/dev/null 2>&1 || true
    "$STRATA" sandbox --dir "$SANDBOX" createdb "$1" >/dev/null
}

# --- the project ------------------------------------------------------------------------------
P=$WORK/project
$PY - "$P" "$N" <<'PYEOF'
import os, sys
p, n = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.join(p, "migrations", "versions"))
open(os.path.join(p, "alembic.ini"), "w").write(
    "[alembic]\nscript_location = %(here)s/migrations\n"
    "sqlalchemy.url = postgresql://nobody@127.0.0.1:1/nowhere\n")
open(os.path.join(p, "migrations", "env.py"), "w").write('''import os
from alembic import context
from sqlalchemy import create_engine, pool

url = os.environ.get("DATABASE_URL") or context.config.get_main_option("sqlalchemy.url")
url = url.replace("postgresql://", "postgresql+psycopg2://", 1)

if context.is_offline_mode():
    context.configure(url=url, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
''')
prev = None
for i in range(n):
    rid = "%012x" % (0xbe0000000000 + i)
    if i % 2 == 0:
        up = ('    op.create_table("t_%d", sa.Column("id", sa.Integer(), primary_key=True),\n'
              '                    sa.Column("name", sa.Text(), nullable=False))' % i)
        down = '    op.drop_table("t_%d")' % i
    else:
        up = '    op.add_column("t_%d", sa.Column("note", sa.Text(), nullable=True))' % (i - 1)
        down = '    op.drop_column("t_%d", "note")' % (i - 1)
    open(os.path.join(p, "migrations", "versions", "%s_step_%d.py" % (rid, i)), "w").write(
        '"""step %d\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2026-01-01 00:00:00\n"""\n'
        'import sqlalchemy as sa\nfrom alembic import op\n\n'
        'revision = "%s"\ndown_revision = %s\nbranch_labels = None\ndepends_on = None\n\n\n'
        'def upgrade():\n%s\n\n\ndef downgrade():\n%s\n'
        % (i, rid, prev or "", rid, repr(prev) if prev else "None", up, down))
    prev = rid
PYEOF
echo "project: $N .py revisions (op.create_table / op.add_column), no strata.toml"

# A python3 first on PATH that records being started, then runs Debian's.
SPY=$WORK/spy
mkdir -p "$SPY"
printf '#!/bin/sh\necho "$@" >> %s/started\nexec %s "$@"\n' "$WORK" "$PY" > "$SPY/python3"
chmod +x "$SPY/python3"

ms() { $PY -c "import sys; print('%.0f' % ((float(sys.argv[2]) - float(sys.argv[1])) * 1000))" "$1" "$2"; }
now() { date +%s.%N; }

A_TIMES=(); S_TIMES=()
for r in $(seq "$ROUNDS"); do
    recreate bench_alembic_a; recreate bench_alembic_s
    t0=$(now)
    (cd "$P" && DATABASE_URL=$(url bench_alembic_a) $PY -m alembic upgrade heads >/dev/null 2>&1)
    t1=$(now)
    (cd "$P" && DATABASE_URL=$(url bench_alembic_s) PATH=$SPY:$PATH "$STRATA" upgrade heads >/dev/null 2>&1)
    t2=$(now)
    A_TIMES+=("$(ms "$t0" "$t1")"); S_TIMES+=("$(ms "$t1" "$t2")")
    a=$(psql -Atc "SELECT version_num FROM alembic_version" "$(url bench_alembic_a)")
    s=$(psql -Atc "SELECT version_num FROM alembic_version" "$(url bench_alembic_s)")
    [ "$a" = "$s" ] || { echo "round $r: version rows differ (alembic $a, strata $s)" >&2; exit 1; }
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
A=$(median "${A_TIMES[@]}"); S=$(median "${S_TIMES[@]}")
echo "alembic upgrade heads: ${A_TIMES[*]} ms (median $A)"
echo "strata upgrade heads:  ${S_TIMES[*]} ms (median $S)"
$PY -c "import sys; a, s = float(sys.argv[1]), float(sys.argv[2]); print('strata overhead: %.0f ms = %.1f%% of alembic\'s own time (goal: under 20%%)' % (s - a, 100 * (s - a) / a))" "$A" "$S"

rm -f "$WORK/started"
H_TIMES=()
for r in 1 2 3 4 5; do
    t0=$(now); (cd "$P" && PATH=$SPY:$PATH "$STRATA" history >/dev/null); t1=$(now)
    H_TIMES+=("$(ms "$t0" "$t1")")
done
t0=$(now); (cd "$P" && PATH=$SPY:$PATH "$STRATA" heads >/dev/null); t1=$(now)
echo "strata history: ${H_TIMES[*]} ms (median $(median "${H_TIMES[@]}"); goal: under 100 ms)"
echo "strata heads: $(ms "$t0" "$t1") ms"
t0=$(now); (cd "$P" && $PY -m alembic history >/dev/null); t1=$(now)
echo "alembic history: $(ms "$t0" "$t1") ms"
if [ -e "$WORK/started" ]; then
    echo "Python started during history/heads: $(wc -l < "$WORK/started") time(s)"
else
    echo "Python started during history/heads: never"
fi
