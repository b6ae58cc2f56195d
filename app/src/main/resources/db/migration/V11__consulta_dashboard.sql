-- Read model of the "dashboard" processing group. One status row per boleto and dispatch; the
-- per-tenant counters change only by the difference between a row's old and new contribution,
-- so a repeated or replayed event (which leaves its row as it was) leaves the counters alone.

CREATE TABLE dashboard_tenant (
    tenant_id               UUID   NOT NULL PRIMARY KEY,
    boletos_total           BIGINT NOT NULL DEFAULT 0,
    boletos_enviados        BIGINT NOT NULL DEFAULT 0,
    boletos_pendentes       BIGINT NOT NULL DEFAULT 0,
    boletos_vencidos        BIGINT NOT NULL DEFAULT 0,
    boletos_pagos           BIGINT NOT NULL DEFAULT 0,
    boletos_cancelados      BIGINT NOT NULL DEFAULT 0,
    valor_total_centavos    BIGINT NOT NULL DEFAULT 0,
    valor_pago_centavos     BIGINT NOT NULL DEFAULT 0,
    valor_pendente_centavos BIGINT NOT NULL DEFAULT 0,
    disparos_total          BIGINT NOT NULL DEFAULT 0,
    disparos_solicitados    BIGINT NOT NULL DEFAULT 0,
    disparos_falhos         BIGINT NOT NULL DEFAULT 0,
    disparos_enviados       BIGINT NOT NULL DEFAULT 0,
    disparos_entregues      BIGINT NOT NULL DEFAULT 0,
    disparos_lidos          BIGINT NOT NULL DEFAULT 0,
    disparos_abandonados    BIGINT NOT NULL DEFAULT 0,
    clientes_unicos         BIGINT NOT NULL DEFAULT 0,
    atualizado_em           TIMESTAMPTZ
);

CREATE TABLE dashboard_boleto (
    tenant_id      UUID    NOT NULL,
    boleto_id      UUID    NOT NULL,
    situacao       TEXT    NOT NULL,
    valor_centavos BIGINT  NOT NULL,
    enviado        BOOLEAN NOT NULL DEFAULT FALSE,
    versao         BIGINT  NOT NULL,
    PRIMARY KEY (tenant_id, boleto_id)
);

CREATE TABLE dashboard_disparo (
    tenant_id  UUID   NOT NULL,
    disparo_id UUID   NOT NULL,
    boleto_id  UUID,
    status     TEXT   NOT NULL,
    versao     BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, disparo_id)
);

CREATE TABLE dashboard_cliente (
    tenant_id  UUID NOT NULL,
    cliente_id UUID NOT NULL,
    PRIMARY KEY (tenant_id, cliente_id)
);
