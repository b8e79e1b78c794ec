
-- CONCURRENTLY cannot run inside a transaction block: this revision runs statement by
-- statement in autocommit (the guide's op.execute("COMMIT") workaround, done properly).
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_documents_path ON documents (path);

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS idx_documents_path;

