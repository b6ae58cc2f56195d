-- Searches ignore accents and case ("jose" finds "José", "conceicao" finds "Conceição").
-- unaccent() is only STABLE; the wrapper pins its dictionary so it can be IMMUTABLE and indexed.
-- Both extensions ship with PostgreSQL (contrib) and are trusted: the database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION sem_acento(texto text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, texto)) $$;

CREATE INDEX consulta_cliente_nome_sem_acento ON consulta_cliente USING gin (sem_acento(nome) gin_trgm_ops);
CREATE INDEX consulta_lead_nome_sem_acento ON consulta_lead USING gin (sem_acento(nome) gin_trgm_ops);
