-- Revision ID: r1
-- Revises:
-- Transactional: no

-- migrate:upgrade
CREATE INDEX CONCURRENTLY i ON t (c);

-- migrate:downgrade
