-- Read models of the "listas" processing group: one row per lead, cliente, boleto, dispatch and
-- payment, rebuilt from the event stream. "versao" is the sequence number of the last event of the
-- row's own aggregate applied to it: older or repeated events change nothing.
-- Free text is TEXT on purpose: a long name in an event must never stall the projection.

CREATE TABLE consulta_lead (
    tenant_id     UUID        NOT NULL,
    lead_id       UUID        NOT NULL,
    nome          TEXT,
    telefone      TEXT,
    email         TEXT,
    origem        TEXT,
    interesse     TEXT,
    etapa         TEXT        NOT NULL,
    motivo_perda  TEXT,
    agendado_para TIMESTAMPTZ,
    procedimento  TEXT,
    cliente_id    UUID,
    capturado_em  TIMESTAMPTZ,
    atualizado_em TIMESTAMPTZ NOT NULL,
    versao        BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, lead_id)
);
CREATE INDEX consulta_lead_capturado_idx ON consulta_lead (tenant_id, capturado_em DESC, lead_id);
CREATE INDEX consulta_lead_etapa_idx ON consulta_lead (tenant_id, etapa, capturado_em DESC);

CREATE TABLE consulta_cliente (
    tenant_id         UUID        NOT NULL,
    cliente_id        UUID        NOT NULL,
    cpf               TEXT,
    nome              TEXT,
    whatsapp          TEXT,
    email             TEXT,
    logradouro        TEXT,
    numero            TEXT,
    complemento       TEXT,
    bairro            TEXT,
    cidade            TEXT,
    uf                TEXT,
    cep               TEXT,
    grupo             TEXT,
    cota              TEXT,
    contrato          TEXT,
    consultor         TEXT,
    ponto_de_venda    TEXT,
    lead_origem       UUID,
    importado         BOOLEAN     NOT NULL DEFAULT FALSE,
    ativo             BOOLEAN     NOT NULL DEFAULT TRUE,
    motivo_inativacao TEXT,
    whatsapp_opt_out  BOOLEAN     NOT NULL DEFAULT FALSE,
    cadastrado_em     TIMESTAMPTZ,
    atualizado_em     TIMESTAMPTZ NOT NULL,
    versao            BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, cliente_id)
);
CREATE INDEX consulta_cliente_nome_idx ON consulta_cliente (tenant_id, nome, cliente_id);
CREATE INDEX consulta_cliente_cpf_idx ON consulta_cliente (tenant_id, cpf);
CREATE INDEX consulta_cliente_cadastrado_idx ON consulta_cliente (tenant_id, cadastrado_em DESC);

CREATE TABLE consulta_boleto (
    tenant_id           UUID        NOT NULL,
    boleto_id           UUID        NOT NULL,
    cliente_id          UUID,
    origem              TEXT,
    nosso_numero        TEXT,
    linha_digitavel     TEXT,
    codigo_barras       TEXT,
    valor_centavos      BIGINT      NOT NULL,
    vencimento          DATE,
    parcela             INTEGER,
    referencia          TEXT,
    descricao           TEXT,
    situacao            TEXT        NOT NULL,
    enviado             BOOLEAN     NOT NULL DEFAULT FALSE,
    pdf_sha256          TEXT,
    pdf_tamanho         BIGINT,
    pagamento_id        UUID,
    motivo_cancelamento TEXT,
    registrado_em       TIMESTAMPTZ,
    atualizado_em       TIMESTAMPTZ NOT NULL,
    versao              BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, boleto_id)
);
CREATE INDEX consulta_boleto_vencimento_idx ON consulta_boleto (tenant_id, vencimento, boleto_id);
CREATE INDEX consulta_boleto_situacao_idx ON consulta_boleto (tenant_id, situacao, vencimento);
CREATE INDEX consulta_boleto_cliente_idx ON consulta_boleto (tenant_id, cliente_id, vencimento);

CREATE TABLE consulta_disparo (
    tenant_id           UUID        NOT NULL,
    disparo_id          UUID        NOT NULL,
    boleto_id           UUID,
    cliente_id          UUID,
    destino             TEXT,
    status              TEXT        NOT NULL,
    tentativas          INTEGER     NOT NULL DEFAULT 0,
    ultimo_erro         TEXT,
    provider_message_id TEXT,
    solicitado_em       TIMESTAMPTZ,
    enviado_em          TIMESTAMPTZ,
    entregue_em         TIMESTAMPTZ,
    lido_em             TIMESTAMPTZ,
    atualizado_em       TIMESTAMPTZ NOT NULL,
    versao              BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, disparo_id)
);
CREATE INDEX consulta_disparo_solicitado_idx ON consulta_disparo (tenant_id, solicitado_em DESC, disparo_id);
CREATE INDEX consulta_disparo_status_idx ON consulta_disparo (tenant_id, status, solicitado_em DESC);
CREATE INDEX consulta_disparo_boleto_idx ON consulta_disparo (tenant_id, boleto_id);
CREATE INDEX consulta_disparo_cliente_idx ON consulta_disparo (tenant_id, cliente_id);

CREATE TABLE consulta_pagamento (
    tenant_id                UUID        NOT NULL,
    pagamento_id             UUID        NOT NULL,
    boleto_id                UUID,
    cliente_id               UUID,
    provedor                 TEXT,
    referencia_externa       TEXT,
    metodo                   TEXT,
    status                   TEXT        NOT NULL,
    valor_centavos           BIGINT,
    valor_pago_centavos      BIGINT,
    valor_estornado_centavos BIGINT,
    data_pagamento           DATE,
    motivo                   TEXT,
    criado_em                TIMESTAMPTZ,
    atualizado_em            TIMESTAMPTZ NOT NULL,
    versao                   BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, pagamento_id)
);
CREATE INDEX consulta_pagamento_criado_idx ON consulta_pagamento (tenant_id, criado_em DESC, pagamento_id);
CREATE INDEX consulta_pagamento_status_idx ON consulta_pagamento (tenant_id, status, criado_em DESC);
CREATE INDEX consulta_pagamento_boleto_idx ON consulta_pagamento (tenant_id, boleto_id);
CREATE INDEX consulta_pagamento_data_idx ON consulta_pagamento (tenant_id, data_pagamento);
