-- Read model of the "funil" processing group: one row per lead with the time it entered each stage
-- (first entry kept), so reached stages, conversion rates and time in stage are plain aggregates.

CREATE TABLE funil_lead (
    tenant_id      UUID        NOT NULL,
    lead_id        UUID        NOT NULL,
    origem         TEXT,
    etapa          TEXT        NOT NULL,
    capturado_em   TIMESTAMPTZ NOT NULL,
    contatado_em   TIMESTAMPTZ,
    qualificado_em TIMESTAMPTZ,
    agendado_em    TIMESTAMPTZ,
    convertido_em  TIMESTAMPTZ,
    perdido_em     TIMESTAMPTZ,
    motivo_perda   TEXT,
    versao         BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, lead_id)
);
CREATE INDEX funil_lead_capturado_idx ON funil_lead (tenant_id, capturado_em);
