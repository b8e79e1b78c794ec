#!/usr/bin/env python3
"""Writes a corpus of real-looking migrations for the lint benchmark (tests/bench/lint.sh).

  gen_lint_corpus.py OUT_DIR [STATEMENTS]   (default 10,000 statements)

OUT_DIR/project/   a Strata project (strata.toml + versions/NNNN_*.sql revisions, upgrade and
                   downgrade sections; about one revision in six is `Transactional: no` and uses
                   CONCURRENTLY)
OUT_DIR/squawk/tx/ and OUT_DIR/squawk/notx/   the same upgrade SQL as plain files for squawk
                   (tx: revisions Strata runs in one transaction -> squawk --assume-in-transaction)
OUT_DIR/manifest.json   per revision: the strata file, the squawk file, the line offset between
                   them, and each upgrade statement's first and last line in the squawk file (so
                   a finding of either tool maps to "revision, statement")
Deterministic (seeded): the same corpus every run.
"""
import json
import os
import random
import sys

out = sys.argv[1]
target = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
rnd = random.Random(13)

TYPES = ["int", "integer", "bigint", "smallint", "text", "varchar(255)", "char(2)",
         "timestamp", "timestamptz", "boolean", "jsonb", "uuid", "numeric(12,2)", "date"]
WORDS = ["account", "invoice", "order", "item", "document", "chunk", "embedding", "user",
         "team", "project", "event", "payment", "session", "tag", "comment", "review"]


class Corpus:
    def __init__(self):
        self.tables = []  # (name, [columns]) created by earlier revisions
        self.n = 0

    def col(self):
        self.n += 1
        return f"{rnd.choice(WORDS)}_{self.n}"


def create_table(c, name):
    cols = [f"    id {rnd.choice(['bigserial', 'serial', 'bigint GENERATED ALWAYS AS IDENTITY', 'uuid DEFAULT gen_random_uuid()'])} PRIMARY KEY"]
    names = []
    for _ in range(rnd.randint(2, 6)):
        n = c.col()
        names.append(n)
        t = rnd.choice(TYPES)
        extra = rnd.choice(["", " NOT NULL", " DEFAULT now()" if "time" in t else "", ""])
        cols.append(f"    {n} {t}{extra}")
    if c.tables and rnd.random() < 0.4:
        other = rnd.choice(c.tables)[0]
        cols.append(f"    {other}_id bigint REFERENCES {other} (id)")
    body = ",\n".join(cols)
    ine = "IF NOT EXISTS " if rnd.random() < 0.3 else ""
    return [f"CREATE TABLE {ine}{name} (\n{body}\n)"], names


def statement(c, rev_tables, transactional):
    """One upgrade statement on an existing table (or a new one), and its downgrade."""
    if not c.tables:
        name = f"{rnd.choice(WORDS)}s_{c.col()}"
        sql, cols = create_table(c, name)
        rev_tables.append((name, cols))
        return sql[0], f"DROP TABLE {name}"
    table, cols = rnd.choice(c.tables + rev_tables)
    k = rnd.random()
    n = c.col()
    conc = "" if transactional else "CONCURRENTLY "
    if k < 0.10:
        name = f"{rnd.choice(WORDS)}s_{n}"
        sql, newcols = create_table(c, name)
        rev_tables.append((name, newcols))
        return sql[0], f"DROP TABLE {name}"
    if k < 0.22:
        col = rnd.choice(cols) if cols else "id"
        uniq = "UNIQUE " if rnd.random() < 0.2 else ""
        ine = "IF NOT EXISTS " if rnd.random() < 0.3 else ""
        return (f"CREATE {uniq}INDEX {conc}{ine}{table}_{col}_idx_{n} ON {table} ({col})",
                f"DROP INDEX {conc}{table}_{col}_idx_{n}")
    if k < 0.36:
        t = rnd.choice(TYPES)
        variants = ["", " NOT NULL", " DEFAULT 0" if "int" in t else " DEFAULT ''" if t == "text" else "",
                    " NOT NULL DEFAULT now()" if "time" in t else "", " DEFAULT gen_random_uuid()" if t == "uuid" else ""]
        cols.append(n)
        return f"ALTER TABLE {table} ADD COLUMN {n} {t}{rnd.choice(variants)}", f"ALTER TABLE {table} DROP COLUMN {n}"
    if k < 0.42 and cols:
        col = rnd.choice(cols)
        return (f"ALTER TABLE {table} ALTER COLUMN {col} TYPE {rnd.choice(['bigint', 'text', 'varchar(100)', 'timestamptz'])}",
                None)
    if k < 0.48 and cols:
        col = rnd.choice(cols)
        return f"ALTER TABLE {table} ALTER COLUMN {col} SET NOT NULL", f"ALTER TABLE {table} ALTER COLUMN {col} DROP NOT NULL"
    if k < 0.54:
        other = rnd.choice(c.tables)[0]
        nv = " NOT VALID" if rnd.random() < 0.3 else ""
        return (f"ALTER TABLE {table} ADD CONSTRAINT {table}_{n}_fk FOREIGN KEY ({other}_ref_{n}) REFERENCES {other} (id){nv}",
                f"ALTER TABLE {table} DROP CONSTRAINT {table}_{n}_fk")
    if k < 0.58 and cols:
        col = rnd.choice(cols)
        return (f"ALTER TABLE {table} ADD CONSTRAINT {table}_{n}_check CHECK ({col} IS NOT NULL)",
                f"ALTER TABLE {table} DROP CONSTRAINT {table}_{n}_check")
    if k < 0.64 and cols:
        col = rnd.choice(cols)
        where = rnd.choice(["", f" WHERE {col} IS NULL", f" WHERE id < 1000"])
        return f"UPDATE {table} SET {col} = DEFAULT{where}", None
    if k < 0.68:
        return f"INSERT INTO {table} (id) VALUES ({rnd.randint(1, 10**6)})", f"DELETE FROM {table} WHERE id = 1"
    if k < 0.71 and cols:
        col = cols.pop(rnd.randrange(len(cols)))
        return f"ALTER TABLE {table} DROP COLUMN {col}", None
    if k < 0.74 and cols:
        i = rnd.randrange(len(cols))
        old, cols[i] = cols[i], f"{cols[i]}_renamed"
        return f"ALTER TABLE {table} RENAME COLUMN {old} TO {cols[i]}", f"ALTER TABLE {table} RENAME COLUMN {cols[i]} TO {old}"
    if k < 0.77:
        return f"COMMENT ON TABLE {table} IS 'table {n}'", f"COMMENT ON TABLE {table} IS NULL"
    if k < 0.80:
        return (f"CREATE TYPE {table}_status_{n} AS ENUM ('new', 'active', 'closed')",
                f"DROP TYPE {table}_status_{n}")
    if k < 0.83:
        return (f"CREATE OR REPLACE FUNCTION touch_{n}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                f"BEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND\n$$",
                f"DROP FUNCTION touch_{n}()")
    if k < 0.86:
        return f"SET lock_timeout = '{rnd.choice([1, 2, 5])}s'", None
    if k < 0.88:
        return f"SET statement_timeout = '{rnd.choice([30, 60])}s'", None
    if k < 0.90:
        return f"ALTER TABLE {table} VALIDATE CONSTRAINT {table}_c_{n}", None
    if k < 0.92:
        return f"DROP INDEX {conc}IF EXISTS {table}_old_idx_{n}", None
    if k < 0.94:
        return f"CREATE DOMAIN positive_{n} AS integer CHECK (VALUE > 0)", f"DROP DOMAIN positive_{n}"
    if k < 0.95:
        return f"TRUNCATE {table} CASCADE", None
    if k < 0.96:
        return f"VACUUM FULL {table}", None
    if k < 0.98:
        return f"ALTER TABLE {table} ADD CONSTRAINT {table}_{n}_key UNIQUE ({rnd.choice(cols) if cols else 'id'})", None
    return f"ALTER TABLE {table} RENAME TO {table}_v{n}", None


def main():
    c = Corpus()
    project = os.path.join(out, "project")
    versions = os.path.join(project, "versions")
    for d in (versions, os.path.join(out, "squawk", "tx"), os.path.join(out, "squawk", "notx")):
        os.makedirs(d, exist_ok=True)
    with open(os.path.join(project, "strata.toml"), "w") as f:
        f.write('[project]\nversions = "versions"\n\n[environments.dev]\nurl = "postgresql://localhost/bench"\n')
    manifest = []
    total = 0
    rev = 0
    parent = None
    while total < target:
        rev += 1
        rid = f"{rev:04d}_bench"
        transactional = rnd.random() >= 1 / 6
        rev_tables = []
        ups, downs = [], []
        for _ in range(min(rnd.randint(4, 16), target - total)):
            up, down = statement(c, rev_tables, transactional)
            ups.append(up)
            if down:
                downs.append(down)
        total += len(ups)
        c.tables.extend(rev_tables)
        header = [f"-- Revision ID: {rid}", f"-- Revises: {parent or ''}",
                  f"-- Message: bench revision {rev}",
                  f"-- Transactional: {'yes' if transactional else 'no'}", "", "-- migrate:upgrade"]
        sql_lines, spans, line = [], [], 1
        for s in ups:
            text = s + ";"
            n = text.count("\n") + 1
            spans.append([line, line + n - 1])
            sql_lines.append(text)
            line += n
        body = "\n".join(sql_lines) + "\n"
        down = "\n".join(d + ";" for d in reversed(downs)) + "\n"
        name = f"{rid}.sql"
        with open(os.path.join(versions, name), "w") as f:
            f.write("\n".join(header) + "\n" + body + "-- migrate:downgrade\n" + down)
        group = "tx" if transactional else "notx"
        sq = os.path.join(out, "squawk", group, name)
        with open(sq, "w") as f:
            f.write(body)
        manifest.append({"revision": rid, "strata": os.path.join(versions, name), "squawk": sq,
                         "offset": len(header), "transactional": transactional,
                         "statements": spans})
        parent = rid
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f)
    print(f"{total} statements in {rev} revisions under {out}")


main()
