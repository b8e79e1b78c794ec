#!/usr/bin/env bash
# Fleet benchmark (issue 16): TENANTS databases (default 200) x N trivial revisions (default 10,
# CREATE TABLE each) taken from base to head by
#   (a) a shell loop of `alembic upgrade heads` per database (Debian's python3-alembic; env.py
#       reads DATABASE_URL), as teams do it today,
#   (b) `strata upgrade heads --group tenants --jobs J` for each J in JOBS (default "1 4 8"), on
#       the same revisions as .sql files, the group discovered from pg_database,
#   (c) the same command on the Alembic project itself (the .py revisions run through Alembic),
#       at the largest J.
# Every contender starts from empty databases (public schema recreated). Prints wall times and
# the ratio to the loop; never asserts a time.
#
# usage: tests/bench/fleet.sh [BUILD_DIR]   (env: TENANTS, N, JOBS, BENCH_SANDBOX=dir)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build/ci}" && pwd)
STRATA=$(find "$BUILD" -type f -name strata -perm -u+x | head -1)
[ -x "$STRATA" ] || { echo "build strata first (cmake --build --preset ci --target strata)" >&2; exit 2; }
TENANTS=${TENANTS:-200}
N=${N:-10}
JOBS=${JOBS:-"1 4 8"}
PY=/usr/bin/python3 # Debian's python3 (python3-alembic, python3-psycopg2)
SANDBOX=${BENCH_SANDBOX:-$BUILD/bench-sandbox-fleet}
WORK=$(mktemp -d /tmp/strata-fleet.XXXXXX)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT

"$STRATA" sandbox start --dir "$SANDBOX" >/dev/null
PORT=$($PY -c "import json,sys; print(json.load(open(sys.argv[1]))['port'])" "$SANDBOX/sandbox.json")
url() { echo "postgresql://postgres@127.0.0.1:$PORT/$1"; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
names() { seq -f "fleet_tenant_%03g" 1 "$TENANTS"; }

# --- the databases ----------------------------------------------------------------------------
have=$(psql -X -At "$(url postgres)" -c "SELECT count(*) FROM pg_database WHERE datname LIKE 'fleet\_tenant\_%'")
if [ "$have" != "$TENANTS" ]; then
    echo "creating $TENANTS databases ..." >&2
    psql -X -At "$(url postgres)" -c "SELECT datname FROM pg_database WHERE datname LIKE 'fleet\_tenant\_%'" |
        while read -r d; do echo "DROP DATABASE \"$d\" WITH (FORCE);"; done | psql_ "$(url postgres)"
    names | while read -r d; do echo "CREATE DATABASE $d;"; done | psql_ "$(url postgres)"
fi
reset() { # every tenant empty again
    names | while read -r d; do
        psql_ "$(url "$d")" -c "DROP SCHEMA public CASCADE" -c "CREATE SCHEMA public" 2>/dev/null
    done
}

# --- the projects -----------------------------------------------------------------------------
$PY - "$WORK" "$N" "$PORT" <<'PYEOF'
import os, sys
work, n, port = sys.argv[1], int(sys.argv[2]), sys.argv[3]
group = ("[environments.catalog]\nurl = \"postgresql://postgres@127.0.0.1:%s/postgres\"\n\n"
         "[groups.tenants]\n"
         "discover = \"SELECT datname FROM pg_database WHERE datname LIKE 'fleet\\\\_tenant\\\\_%%' "
         "ORDER BY datname\"\nfrom = \"catalog\"\n"
         "url = \"postgresql://postgres@127.0.0.1:%s/{datname}\"\n" % (port, port))
s = os.path.join(work, "strata")
os.makedirs(os.path.join(s, "versions"))
with open(os.path.join(s, "strata.toml"), "w") as f:
    f.write("[project]\nversions = \"versions\"\n\n" + group)
prev = ""
for i in range(n):
    rid = "r%03d" % i
    with open(os.path.join(s, "versions", rid + ".sql"), "w") as f:
        f.write("-- Revision ID: %s\n-- Revises: %s\n-- Message: t%d\n\n-- migrate:upgrade\n"
                "CREATE TABLE t_%d (id int);\n\n-- migrate:downgrade\nDROP TABLE t_%d;\n"
                % (rid, prev, i, i, i))
    prev = rid
a = os.path.join(work, "alembic")
os.makedirs(os.path.join(a, "versions"))
with open(os.path.join(a, "alembic.ini"), "w") as f:
    f.write("[alembic]\nscript_location = %s\nsqlalchemy.url = postgresql://unused/unused\n" % a)
with open(os.path.join(a, "env.py"), "w") as f:
    f.write("""import os
from alembic import context
from sqlalchemy import create_engine, pool
engine = create_engine(os.environ["DATABASE_URL"], poolclass=pool.NullPool)
with engine.connect() as connection:
    context.configure(connection=connection, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
""")
with open(os.path.join(a, "script.py.mako"), "w") as f:
    f.write("")
with open(os.path.join(a, "strata.toml"), "w") as f:
    f.write("[project]\nalembic = \"alembic.ini\"\n\n" + group)
prev = None
for i in range(n):
    rid = "r%03d" % i
    with open(os.path.join(a, "versions", rid + ".py"), "w") as f:
        f.write("from alembic import op\nrevision = %r\ndown_revision = %r\nbranch_labels = None\n"
                "depends_on = None\n\ndef upgrade():\n    op.execute('CREATE TABLE t_%d (id int)')\n\n"
                "def downgrade():\n    op.execute('DROP TABLE t_%d')\n" % (rid, prev, i, i))
    prev = rid
PYEOF

now() { date +%s.%N; }
elapsed() { $PY -c "import sys; print('%.2f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }
at_head() { # how many tenants are at the last revision
    local last c=0 d
    last=$(printf "r%03d" $((N - 1)))
    for d in $(names); do
        [ "$(psql -X -At "$(url "$d")" -c "SELECT version_num FROM alembic_version" 2>/dev/null)" = "$last" ] && c=$((c + 1))
    done
    echo "$c"
}

results=()
reset
t0=$(now)
for d in $(names); do
    (cd "$WORK/alembic" && DATABASE_URL="$(url "$d")" $PY -m alembic upgrade heads >/dev/null 2>&1)
done
t1=$(now)
loop=$(elapsed "$t0" "$t1")
echo "(a) alembic loop: $loop s ($(at_head)/$TENANTS at head)"
for j in $JOBS; do
    reset
    t0=$(now)
    "$STRATA" --project "$WORK/strata" upgrade heads --group tenants --jobs "$j" \
        --log-dir "$WORK/logs-$j" | tail -2 | head -1
    t1=$(now)
    t=$(elapsed "$t0" "$t1")
    echo "(b) strata --jobs $j: $t s ($(at_head)/$TENANTS at head)"
    results+=("$j $t")
done
last_j=${JOBS##* }
reset
t0=$(now)
"$STRATA" --project "$WORK/alembic" upgrade heads --group tenants --jobs "$last_j" \
    --log-dir "$WORK/logs-alembic" | tail -2 | head -1
t1=$(now)
py=$(elapsed "$t0" "$t1")
echo "(c) strata on the Alembic project --jobs $last_j: $py s ($(at_head)/$TENANTS at head)"
echo
echo "$TENANTS databases x $N revisions (CREATE TABLE each)"
printf "  %-44s %8s %8s\n" "contender" "wall s" "loop/x"
printf "  %-44s %8s %8s\n" "alembic upgrade heads, one database at a time" "$loop" "1.0"
for r in "${results[@]}"; do
    set -- $r
    printf "  %-44s %8s %8s\n" "strata upgrade heads --group --jobs $1" "$2" \
        "$($PY -c "print('%.1f' % ($loop / $2))")"
done
printf "  %-44s %8s %8s\n" "same, on the Alembic project (--jobs $last_j)" "$py" \
    "$($PY -c "print('%.1f' % ($loop / $py))")"
