-- Revision ID: 0001_init_schema
-- Revises:
-- Create Date: 2025-09-25 09:00:00+07:00
-- Message: init schema: documents and chunks
-- Branch Labels:
-- Depends On:
-- Transactional: yes

-- migrate:upgrade
-- pgvector is optional: where the server does not ship it, 0002 and 0003 fall back.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
        CREATE EXTENSION IF NOT EXISTS vector;
    ELSE
        RAISE NOTICE 'pgvector is not installed on this server: embeddings will use real[] and no HNSW index';
    END IF;
END
$$;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE documents (
    id             bigserial PRIMARY KEY,
    path           text NOT NULL,
    title          text,
    ingest_version text NOT NULL DEFAULT 'v1',
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE chunks (
    id          bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    chunk_index integer NOT NULL,
    content     text NOT NULL,
    hash        text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX idx_chunks_doc_idx ON chunks (document_id, chunk_index);

-- migrate:downgrade
-- The extensions are kept: other schemas may use them.
DROP INDEX IF EXISTS idx_chunks_doc_idx;
DROP TABLE IF EXISTS chunks;
DROP TABLE IF EXISTS documents;
