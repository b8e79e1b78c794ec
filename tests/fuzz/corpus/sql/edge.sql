DO $$ BEGIN RAISE NOTICE 'x'; END $$;
SELECT E'a\'b' -- c
;
CREATE INDEX CONCURRENTLY i ON t (c) WHERE c > 0;
/* nested /* c */ */ SELECT 1;
