-- Payment providers (Asaas, Efí PIX): the charges we opened, the Asaas customer of each cliente,
-- and every webhook event received, kept before it is applied.

-- A charge opened at a provider, by the provider's reference (Asaas pay_ id, Efí txid), so a
-- webhook finds our Pagamento and the boleto it pays.
CREATE TABLE pagamento_provedor (
    tenant_id          UUID         NOT NULL,
    provedor           VARCHAR(10)  NOT NULL,
    referencia_externa VARCHAR(100) NOT NULL,
    pagamento_id       UUID         NOT NULL,
    boleto_id          UUID,
    criado_em          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_pagamento_provedor PRIMARY KEY (tenant_id, provedor, referencia_externa),
    CONSTRAINT uq_pagamento_provedor_pagamento UNIQUE (pagamento_id)
);

-- The Asaas customer (cus_ id) of each cliente: Asaas accepts duplicate customers, so we keep ours.
CREATE TABLE asaas_cliente (
    tenant_id   UUID        NOT NULL,
    cliente_id  UUID        NOT NULL,
    customer_id VARCHAR(60) NOT NULL,
    criado_em   TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_asaas_cliente PRIMARY KEY (tenant_id, cliente_id)
);

-- Inbox of provider webhook events. A row is written (and committed) before the provider gets its
-- 200; a worker applies rows in arrival order (id) and marks them. The unique key makes a
-- redelivered event a no-op. Efí's refunds get their own row per devolução.
CREATE TABLE pagamento_evento_provedor (
    id                      BIGSERIAL    PRIMARY KEY,
    provedor                VARCHAR(10)  NOT NULL,
    tenant_id               UUID         NOT NULL,
    evento_id               VARCHAR(200) NOT NULL,
    tipo                    VARCHAR(60)  NOT NULL,
    -- The provider's id of the charge: events of one charge are applied strictly in order.
    referencia              VARCHAR(100),
    payload                 TEXT         NOT NULL,
    recebido_em             TIMESTAMPTZ  NOT NULL,
    situacao                VARCHAR(20)  NOT NULL,
    tentativas              INTEGER      NOT NULL DEFAULT 0,
    proxima_tentativa_em    TIMESTAMPTZ,
    processado_em           TIMESTAMPTZ,
    pagamento_id            UUID,
    valor_recebido_centavos BIGINT,
    data_pagamento          DATE,
    detalhe                 VARCHAR(500),
    CONSTRAINT uq_pagamento_evento_provedor UNIQUE (provedor, tenant_id, evento_id)
);

CREATE INDEX pagamento_evento_provedor_pendente_idx ON pagamento_evento_provedor (id)
    WHERE processado_em IS NULL;
CREATE INDEX pagamento_evento_provedor_referencia_idx ON pagamento_evento_provedor (tenant_id, provedor, referencia)
    WHERE processado_em IS NULL;
CREATE INDEX pagamento_evento_provedor_tenant_idx ON pagamento_evento_provedor (tenant_id, situacao, id);
