#!/usr/bin/env bash
# Runner benchmark: 1,000 trivial revisions (CREATE TABLE t_i (id int)) applied base -> head on the
# sandbox by (a) psql running one script with BEGIN; CREATE TABLE; UPDATE alembic_version; COMMIT;
# per revision (the floor: one commit per revision), (b) Alembic (transaction_per_migration=True,
# op.execute) and (c) strata upgrade heads. Prints wall times and the overheads over the floor.
# Never asserts a time.
#
# usage: tests/bench/runner.sh [N]      (env: STRATA=path/to/strata, BENCH_SANDBOX=dir, ROUNDS=3)
# A Release build is what to measure (build-release/bin/strata is preferred when present:
# cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build-release strata).
set -euo pipefail

N=${1:-1000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [ -z "${STRATA:-}" ]; then
    STRATA=$ROOT/build/bin/strata
    [ -x "$ROOT/build-release/bin/strata" ] && STRATA=$ROOT/build-release/bin/strata
fi
echo "strata binary: $STRATA"
SANDBOX=${BENCH_SANDBOX:-$ROOT/build/bench-sandbox}
PY=/usr/bin/python3 # Debian's python3 (python3-alembic, python3-psycopg2)
WORK=$(mktemp -d /tmp/strata-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

[ -x "$STRATA" ] || { echo "build strata first ($STRATA)" >&2; exit 2; }
"$STRATA" sandbox start --dir "$SANDBOX" >/dev/null
PORT=$($PY -c "import json,sys; print(json.load(open(sys.argv[1]))['port'])" "$SANDBOX/sandbox.json")
PSQL=$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)
[ -n "$PSQL" ] || PSQL=$(command -v psql)

url() { echo "postgresql://postgres@127.0.0.1:$PORT/$1"; }

# --- inputs -----------------------------------------------------------------------------------
$PY "$HERE/gen_revisions.py" "$WORK/strata" "$N" linear --sql
$PY - "$WORK" "$N" "$PORT" <<'PYEOF'
import os, sys
work, n, port = sys.argv[1], int(sys.argv[2]), sys.argv[3]
# (a) the floor: one psql script
with open(os.path.join(work, "floor.sql"), "w") as f:
    f.write("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));\n")
    f.write("INSERT INTO alembic_version (version_num) VALUES ('base');\n")
    prev = "base"
    for i in range(n):
        rid = "r%05d" % i
        f.write("BEGIN;\nCREATE TABLE t_%d (id int);\n"
                "UPDATE alembic_version SET version_num='%s' WHERE version_num='%s';\nCOMMIT;\n"
                % (i, rid, prev))
        prev = rid
# (b) Alembic: the same revisions as .py files
a = os.path.join(work, "alembic")
os.makedirs(os.path.join(a, "versions"))
with open(os.path.join(a, "alembic.ini"), "w") as f:
    f.write("[alembic]\nscript_location = %s\nsqlalchemy.url = "
            "postgresql+psycopg2://postgres@127.0.0.1:%s/bench_alembic\n" % (a, port))
with open(os.path.join(a, "env.py"), "w") as f:
    f.write("""from alembic import context
from sqlalchemy import engine_from_config, pool
config = context.config
engine = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                            poolclass=pool.NullPool)
with engine.connect() as connection:
    context.configure(connection=connection, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
""")
with open(os.path.join(a, "script.py.mako"), "w") as f:
    f.write("")
prev = None
for i in range(n):
    rid = "r%05d" % i
    with open(os.path.join(a, "versions", rid + ".py"), "w") as f:
        f.write("from alembic import op\nrevision = %r\ndown_revision = %r\nbranch_labels = None\n"
                "depends_on = None\n\ndef upgrade():\n    op.execute('CREATE TABLE t_%d (id int)')\n\n"
                "def downgrade():\n    op.execute('DROP TABLE t_%d')\n" % (rid, prev, i, i))
    prev = rid
PYEOF

now() { date +%s.%N; }
elapsed() { $PY -c "import sys; print('%.3f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }

recreate() {
    for db in bench_floor bench_alembic bench_strata; do
        "$STRATA" sandbox dropdb "$db" --dir "$SANDBOX" >/dev/null 2>&1 || true
        "$STRATA" sandbox createdb "$db" --dir "$SANDBOX" >/dev/null
    done
}

# The machine may be shared: each contender runs ROUNDS times, interleaved, on fresh databases,
# and the best time of each counts.
ROUNDS=${ROUNDS:-3}
floor=; alembic=; strata=
best() { $PY -c "import sys; v=[float(x) for x in sys.argv[1:] if x]; print('%.3f' % min(v))" "$@"; }
for round in $(seq "$ROUNDS"); do
    recreate
    t0=$(now)
    "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$(url bench_floor)" -f "$WORK/floor.sql" >/dev/null
    t1=$(now)
    (cd "$WORK/alembic" && $PY -m alembic -c alembic.ini upgrade head >/dev/null 2>&1)
    t2=$(now)
    STRATA_BENCH_URL=$(url bench_strata) "$STRATA" --project "$WORK/strata" upgrade heads \
        --env bench >/dev/null
    t3=$(now)
    echo "round $round: floor $(elapsed "$t0" "$t1") s, alembic $(elapsed "$t1" "$t2") s," \
        "strata $(elapsed "$t2" "$t3") s"
    floor="$floor $(elapsed "$t0" "$t1")"
    alembic="$alembic $(elapsed "$t1" "$t2")"
    strata="$strata $(elapsed "$t2" "$t3")"
done
floor=$(best $floor); alembic=$(best $alembic); strata=$(best $strata)
$PY - "$N" "$floor" "$alembic" "$strata" <<'PYEOF'
import sys
n = int(sys.argv[1]); floor, alembic, strata = map(float, sys.argv[2:])
ao, so = alembic - floor, strata - floor
print("revisions:              %d (CREATE TABLE each, one transaction per revision); best of the rounds" % n)
print("(a) psql floor:         %.3f s" % floor)
print("(b) alembic:            %.3f s   overhead over the floor %.3f s" % (alembic, ao))
print("(c) strata:             %.3f s   overhead over the floor %.3f s" % (strata, so))
if ao > 0:
    print("strata overhead / alembic overhead: %.2f  (goal <= 0.20)" % (so / ao))
PYEOF
for db in bench_floor bench_alembic bench_strata; do
    "$STRATA" sandbox dropdb "$db" --dir "$SANDBOX" >/dev/null 2>&1 || true
done
