#!/usr/bin/python3
"""Generates a Strata project of N revisions for the benchmarks.

usage: gen_revisions.py DIR N [linear|branchy] [--sql create_table]

linear:  r00000 -> r00001 -> ... (one chain)
branchy: a chain where every 10th revision is a branch point with two children that merge
         again at the next revision (a branch and a merge every 10 revisions).
--sql create_table: each upgrade is `CREATE TABLE t_<i> (id int);` (the runner benchmark).
"""
import os
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, n = sys.argv[1], int(sys.argv[2])
    shape = sys.argv[3] if len(sys.argv) > 3 and not sys.argv[3].startswith("--") else "linear"
    create_tables = "--sql" in sys.argv
    versions = os.path.join(out, "versions")
    os.makedirs(versions, exist_ok=True)
    with open(os.path.join(out, "strata.toml"), "w") as f:
        f.write('[project]\nversions = "versions"\n\n[environments.bench]\n'
                'url = "${STRATA_BENCH_URL:-postgresql:///bench}"\n')

    parents = {}
    prev = []
    i = 0
    while i < n:
        rid = "r%05d" % i
        if shape == "branchy" and i % 10 == 9 and i + 2 < n:
            # branch point `prev` -> two children -> merge
            left, right, merge = rid, "r%05d" % (i + 1), "r%05d" % (i + 2)
            parents[left] = prev
            parents[right] = prev
            parents[merge] = [left, right]
            prev = [merge]
            i += 3
            continue
        parents[rid] = prev
        prev = [rid]
        i += 1

    for rid, ps in parents.items():
        idx = int(rid[1:])
        up = "CREATE TABLE t_%d (id int);" % idx if create_tables else "SELECT %d;" % idx
        down = "DROP TABLE t_%d;" % idx if create_tables else "SELECT -%d;" % idx
        with open(os.path.join(versions, rid + ".sql"), "w") as f:
            f.write("-- Revision ID: %s\n-- Revises: %s\n-- Create Date: 2025-01-01 00:00:00+00:00\n"
                    "-- Message: revision %d\n-- Transactional: yes\n\n"
                    "-- migrate:upgrade\n%s\n\n-- migrate:downgrade\n%s\n"
                    % (rid, ", ".join(ps), idx, up, down))


if __name__ == "__main__":
    main()
