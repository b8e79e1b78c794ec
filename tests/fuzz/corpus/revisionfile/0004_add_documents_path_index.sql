-- Revision ID: 0004_add_documents_path_index
-- Revises: 0003_add_search_indexes
-- Create Date: 2025-10-02 08:45:00+07:00
-- Message: index documents.path concurrently
-- Branch Labels:
-- Depends On:
-- Transactional: no

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block: this revision runs statement by
-- statement in autocommit (the guide's op.execute("COMMIT") workaround, done properly).
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_documents_path ON documents (path);

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS idx_documents_path;
