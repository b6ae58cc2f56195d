-- Idempotency-Key: the first answer to a request, kept so that a retry of the same request gets it
-- again instead of running it twice. A row without concluida_em is a request still being processed.
CREATE TABLE requisicao_idempotente (
    tenant_id    UUID          NOT NULL,
    usuario_id   UUID          NOT NULL,
    chave        VARCHAR(255)  NOT NULL,
    -- SHA-256 (hex) of method, path and body: the same key with anything else is a misuse.
    impressao    CHAR(64)      NOT NULL,
    -- Who holds the claim; only its holder may conclude or release it.
    reserva      UUID          NOT NULL,
    recebida_em  TIMESTAMPTZ   NOT NULL,
    concluida_em TIMESTAMPTZ,
    status_http  SMALLINT,
    content_type VARCHAR(255),
    location     VARCHAR(2048),
    corpo        BYTEA,
    PRIMARY KEY (tenant_id, usuario_id, chave)
);

CREATE INDEX requisicao_idempotente_recebida_em ON requisicao_idempotente (recebida_em);
