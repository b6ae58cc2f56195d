-- Where a saga processor is stuck. Sagas have no dead-letter queue: their processor retries a failed
-- batch in place, in order, from its first event; this row names that event (with attempts and the
-- last error) until the processor gets past it.
CREATE TABLE evento_travado_em_saga (
    id              UUID         PRIMARY KEY,
    grupo           VARCHAR(255) NOT NULL,
    evento_id       VARCHAR(255) NOT NULL,
    tipo_do_evento  VARCHAR(255) NOT NULL,
    agregado_tipo   VARCHAR(255),
    agregado_id     VARCHAR(255),
    erro_tipo       VARCHAR(255) NOT NULL,
    erro_mensagem   TEXT,
    tentativas      INTEGER      NOT NULL,
    primeira_falha  TIMESTAMPTZ  NOT NULL,
    ultima_falha    TIMESTAMPTZ  NOT NULL,
    UNIQUE (grupo, evento_id)
);
