#include "SchemaKindsFixture.h"

namespace strata::test {

namespace {

const char* const kEveryVersion = R"(
CREATE SCHEMA kinds;
CREATE COLLATION kinds.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION kinds.c_libc (provider = libc, locale = 'C');
CREATE TABLE kinds.items (id integer PRIMARY KEY, a integer, b integer, label text COLLATE kinds.ci);
CREATE STATISTICS kinds.items_ab (ndistinct, dependencies) ON a, b FROM kinds.items;
CREATE STATISTICS kinds.items_mcv (mcv) ON a, b FROM kinds.items;
CREATE TABLE kinds.items_log (id integer, note text);
CREATE RULE items_log_ignore AS ON DELETE TO kinds.items_log DO INSTEAD NOTHING;
CREATE FOREIGN DATA WRAPPER kinds_fdw;
CREATE FOREIGN DATA WRAPPER kinds_spare_fdw;
CREATE SERVER kinds_srv FOREIGN DATA WRAPPER kinds_fdw OPTIONS (host 'remote.example', dbname 'shop');
CREATE SERVER kinds_spare_srv TYPE 'spare' VERSION '1' FOREIGN DATA WRAPPER kinds_fdw;
CREATE USER MAPPING FOR PUBLIC SERVER kinds_srv OPTIONS (user 'reader', password 'kinds-secret');
CREATE FOREIGN TABLE kinds.remote_orders (
    id integer NOT NULL,
    total numeric(10,2) OPTIONS (column_name 'amount')
) SERVER kinds_srv OPTIONS (table_name 'orders');
CREATE TABLE kinds.events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE kinds.events_2024 PARTITION OF kinds.events
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE kinds.events_rest PARTITION OF kinds.events DEFAULT;
CREATE INDEX events_at_idx ON kinds.events (at);
CREATE FOREIGN TABLE kinds.events_remote PARTITION OF kinds.events
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01') SERVER kinds_srv;
ALTER FOREIGN TABLE kinds.remote_orders ADD CONSTRAINT remote_orders_total_check CHECK (total >= 0);
CREATE FUNCTION kinds.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
)";

// Statistics on an expression: 14+.
const char* const kFrom14 = R"(
CREATE STATISTICS kinds.items_expr ON (a + b) FROM kinds.items;
)";

// Last: it fires on the DDL that follows in this database.
const char* const kEventTrigger = R"(
CREATE EVENT TRIGGER kinds_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION kinds.on_ddl();
)";

} // namespace

QString schemaKindsSql(int serverVersion) {
    QString sql = QLatin1String(kEveryVersion);
    if (serverVersion >= 140000)
        sql += QLatin1String(kFrom14);
    return sql + QLatin1String(kEventTrigger);
}

} // namespace strata::test
