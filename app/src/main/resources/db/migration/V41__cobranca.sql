-- Régua de cobrança.
-- Saga side: when the régua last messaged each cliente (any boleto), for the minimum spacing.
CREATE TABLE cobranca_envio_cliente (
    tenant_id    UUID        NOT NULL,
    cliente_id   UUID        NOT NULL,
    ultimo_envio TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, cliente_id)
);

-- Query side (processing group "cobranca"): each tenant's current régua ...
CREATE TABLE consulta_regua (
    tenant_id     UUID        NOT NULL PRIMARY KEY,
    regua         TEXT        NOT NULL,
    atualizada_em TIMESTAMPTZ NOT NULL
);

-- ... what became of each boleto's steps ...
CREATE TABLE consulta_etapa_cobranca (
    tenant_id  UUID        NOT NULL,
    boleto_id  UUID        NOT NULL,
    dias       INTEGER     NOT NULL,
    cliente_id UUID,
    nome       TEXT        NOT NULL,
    situacao   TEXT        NOT NULL,
    disparo_id UUID,
    codigo     TEXT,
    motivo     TEXT,
    em         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, boleto_id, dias)
);
CREATE INDEX consulta_etapa_cobranca_cliente_idx ON consulta_etapa_cobranca (tenant_id, cliente_id, em DESC);

-- ... and whether each boleto's collection still runs.
CREATE TABLE consulta_cobranca (
    tenant_id  UUID        NOT NULL,
    boleto_id  UUID        NOT NULL,
    situacao   TEXT        NOT NULL,
    motivo     TEXT,
    em         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, boleto_id)
);
