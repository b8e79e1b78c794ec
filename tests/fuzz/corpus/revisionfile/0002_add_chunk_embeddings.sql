-- Revision ID: 0002_add_chunk_embeddings
-- Revises: 0001_init_schema
-- Create Date: 2025-09-26 10:15:00+07:00
-- Message: add chunk_embeddings table
-- Branch Labels:
-- Depends On:
-- Transactional: yes

-- migrate:upgrade
-- Embeddings live in their own table so several models and dimensions can coexist.
DO $$
DECLARE
    vector_type text := 'vector(1536)';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
        vector_type := 'real[]';
        RAISE NOTICE 'pgvector is missing: chunk_embeddings.vector is real[] instead of vector(1536)';
    END IF;
    EXECUTE format($ddl$
        CREATE TABLE chunk_embeddings (
            id         bigserial PRIMARY KEY,
            chunk_id   bigint NOT NULL REFERENCES chunks (id) ON DELETE CASCADE,
            model      text NOT NULL,
            dim        int NOT NULL DEFAULT 1536,
            vector     %s NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        )$ddl$, vector_type);
END
$$;

CREATE UNIQUE INDEX idx_chunk_embeddings_chunk_model ON chunk_embeddings (chunk_id, model);

-- migrate:downgrade
DROP INDEX IF EXISTS idx_chunk_embeddings_chunk_model;
DROP TABLE IF EXISTS chunk_embeddings;
