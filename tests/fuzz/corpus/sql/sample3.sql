
-- tsvector, not text: a GIN index on a text column fails with
-- "data type text has no default operator class for access method gin".
ALTER TABLE chunks ADD COLUMN content_tsv tsvector;

-- 'simple' because Vietnamese has no stemming configuration. A light backfill; heavy ones
-- (re-embedding) belong in jobs outside migrations.
UPDATE chunks SET content_tsv = to_tsvector('simple', content) WHERE content_tsv IS NULL;

CREATE FUNCTION chunks_tsv_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.content_tsv := to_tsvector('simple', coalesce(NEW.content, ''));
    RETURN NEW;
END
$$;

CREATE TRIGGER trg_chunks_tsv_update
    BEFORE INSERT OR UPDATE OF content ON chunks
    FOR EACH ROW EXECUTE FUNCTION chunks_tsv_update();

CREATE INDEX idx_chunks_tsv_gin ON chunks USING gin (content_tsv);
CREATE INDEX idx_chunks_trgm ON chunks USING gin (content gin_trgm_ops);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
        CREATE INDEX idx_chunk_embeddings_hnsw ON chunk_embeddings
            USING hnsw (vector vector_cosine_ops);
    ELSE
        RAISE NOTICE 'pgvector is missing: idx_chunk_embeddings_hnsw is skipped';
    END IF;
END
$$;

-- migrate:downgrade
DROP INDEX IF EXISTS idx_chunk_embeddings_hnsw;
DROP INDEX IF EXISTS idx_chunks_trgm;
DROP INDEX IF EXISTS idx_chunks_tsv_gin;
DROP TRIGGER IF EXISTS trg_chunks_tsv_update ON chunks;
DROP FUNCTION IF EXISTS chunks_tsv_update();
ALTER TABLE chunks DROP COLUMN IF EXISTS content_tsv;

