-- Per-tenant integration settings (Evolution API, Asaas, Efí). Secrets only AES-GCM encrypted.
CREATE TABLE integracao (
    tenant_id         UUID        NOT NULL,
    tipo              VARCHAR(20) NOT NULL,
    configuracao      TEXT        NOT NULL,
    segredos_cifrados BYTEA,
    atualizado_em     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, tipo)
);

-- SHA-256 of the secrets webhooks present: the caller's secret is what identifies its tenant.
CREATE TABLE integracao_segredo_webhook (
    tipo      VARCHAR(20) NOT NULL,
    sha256    CHAR(64)    NOT NULL,
    tenant_id UUID        NOT NULL,
    nome      VARCHAR(60) NOT NULL,
    PRIMARY KEY (tipo, sha256)
);

CREATE INDEX integracao_segredo_webhook_tenant_idx ON integracao_segredo_webhook (tenant_id, tipo);
