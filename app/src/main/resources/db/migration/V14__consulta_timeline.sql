-- Read model of the "timeline" processing group. Each event is stored once, keyed by its event id;
-- "vinculo" remembers which cliente a lead, boleto, dispatch or payment belongs to, so later
-- events that name only their own aggregate still land on the right timeline.

CREATE TABLE timeline_evento (
    tenant_id       UUID        NOT NULL,
    evento_id       TEXT        NOT NULL,
    cliente_id      UUID,
    lead_id         UUID,
    ocorrido_em     TIMESTAMPTZ NOT NULL,
    posicao         BIGINT,
    tipo            TEXT        NOT NULL,
    descricao       TEXT        NOT NULL,
    referencia_tipo TEXT        NOT NULL,
    referencia_id   TEXT        NOT NULL,
    detalhes        JSONB       NOT NULL,
    PRIMARY KEY (tenant_id, evento_id)
);
CREATE INDEX timeline_evento_cliente_idx ON timeline_evento (tenant_id, cliente_id, ocorrido_em);
CREATE INDEX timeline_evento_lead_idx ON timeline_evento (tenant_id, lead_id, ocorrido_em);

CREATE TABLE timeline_vinculo (
    tenant_id   UUID NOT NULL,
    tipo        TEXT NOT NULL,
    entidade_id UUID NOT NULL,
    cliente_id  UUID NOT NULL,
    PRIMARY KEY (tenant_id, tipo, entidade_id)
);
CREATE INDEX timeline_vinculo_cliente_idx ON timeline_vinculo (tenant_id, cliente_id, tipo);
