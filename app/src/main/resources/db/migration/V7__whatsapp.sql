-- WhatsApp dispatch through Evolution API: what the command side must remember to send each
-- message once, pace sends per tenant, map the gateway's ids back to dispatches and replies back to
-- clientes. Every table is tenant-scoped.

-- What each requested dispatch sends (from DisparoSolicitado), kept for every attempt.
CREATE TABLE whatsapp_disparo (
    disparo_id    UUID         NOT NULL,
    tenant_id     UUID         NOT NULL,
    boleto_id     UUID,
    cliente_id    UUID,
    destino       VARCHAR(40)  NOT NULL,
    mensagem      TEXT,
    anexo         VARCHAR(500),
    solicitado_em TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_whatsapp_disparo PRIMARY KEY (disparo_id)
);

-- One row per attempt. PENDENTE rows are due at agendado_para; the sender claims them
-- (ENVIANDO) before calling the gateway, so a redelivered event or a second node never sends twice.
-- ABANDONAR rows ask the sender to give the dispatch up once the attempts are exhausted.
CREATE TABLE whatsapp_envio (
    disparo_id    UUID         NOT NULL,
    tentativa     INTEGER      NOT NULL,
    tenant_id     UUID         NOT NULL,
    estado        VARCHAR(20)  NOT NULL,
    agendado_para TIMESTAMPTZ  NOT NULL,
    iniciado_em   TIMESTAMPTZ,
    concluido_em  TIMESTAMPTZ,
    message_id    VARCHAR(128),
    resultado     VARCHAR(500),
    CONSTRAINT pk_whatsapp_envio PRIMARY KEY (disparo_id, tentativa),
    CONSTRAINT ck_whatsapp_envio_estado CHECK (estado IN
        ('PENDENTE', 'ENVIANDO', 'ENVIADO', 'FALHOU', 'ABANDONAR', 'ABANDONADO', 'CANCELADO'))
);

CREATE INDEX whatsapp_envio_a_fazer_idx ON whatsapp_envio (agendado_para, tenant_id)
    WHERE estado IN ('PENDENTE', 'ABANDONAR');
CREATE INDEX whatsapp_envio_enviando_idx ON whatsapp_envio (iniciado_em) WHERE estado = 'ENVIANDO';

-- Anti-ban pacing per tenant: when the next send may go out, and sends since the last long pause.
CREATE TABLE whatsapp_ritmo (
    tenant_id           UUID        NOT NULL,
    proximo_envio_em    TIMESTAMPTZ NOT NULL,
    envios_na_sequencia INTEGER     NOT NULL,
    CONSTRAINT pk_whatsapp_ritmo PRIMARY KEY (tenant_id)
);

-- Messages we sent: WhatsApp's key.id (the keyId of receipts) → dispatch and attempt.
CREATE TABLE whatsapp_mensagem (
    tenant_id     UUID         NOT NULL,
    message_id    VARCHAR(128) NOT NULL,
    disparo_id    UUID         NOT NULL,
    tentativa     INTEGER      NOT NULL,
    remote_jid    VARCHAR(128),
    enviada_em    TIMESTAMPTZ  NOT NULL,
    confirmada_em TIMESTAMPTZ,
    CONSTRAINT pk_whatsapp_mensagem PRIMARY KEY (tenant_id, message_id)
);

CREATE INDEX whatsapp_mensagem_jid_idx ON whatsapp_mensagem (tenant_id, remote_jid, enviada_em);

-- Every receipt (messages.update) once per message and status. aplicado = false: for a message
-- we do not know (yet); applied if our send is recorded later, never otherwise.
CREATE TABLE whatsapp_status_recebido (
    tenant_id   UUID         NOT NULL,
    message_id  VARCHAR(128) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    recebido_em TIMESTAMPTZ  NOT NULL,
    aplicado    BOOLEAN      NOT NULL,
    resultado   VARCHAR(300),
    CONSTRAINT pk_whatsapp_status_recebido PRIMARY KEY (tenant_id, message_id, status)
);

-- Messages clientes (or strangers) sent the tenant; cliente_id is null when no cliente matched.
CREATE TABLE whatsapp_mensagem_recebida (
    tenant_id    UUID         NOT NULL,
    message_id   VARCHAR(128) NOT NULL,
    remote_jid   VARCHAR(128) NOT NULL,
    cliente_id   UUID,
    tipo         VARCHAR(60),
    texto        TEXT,
    recebida_em  TIMESTAMPTZ  NOT NULL,
    registrada_em TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_whatsapp_mensagem_recebida PRIMARY KEY (tenant_id, message_id)
);

-- Each cliente's WhatsApp number (from Cliente events), to recognise who replied.
CREATE TABLE whatsapp_contato (
    tenant_id  UUID        NOT NULL,
    cliente_id UUID        NOT NULL,
    telefone   VARCHAR(13) NOT NULL,
    CONSTRAINT pk_whatsapp_contato PRIMARY KEY (tenant_id, cliente_id)
);

CREATE INDEX whatsapp_contato_telefone_idx ON whatsapp_contato (tenant_id, telefone);

-- The JID WhatsApp really knows a cliente's number by (12 or 13 digits), asked once and kept.
CREATE TABLE whatsapp_jid (
    tenant_id    UUID         NOT NULL,
    cliente_id   UUID         NOT NULL,
    telefone     VARCHAR(13)  NOT NULL,
    jid          VARCHAR(128) NOT NULL,
    resolvido_em TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_whatsapp_jid PRIMARY KEY (tenant_id, cliente_id)
);

CREATE INDEX whatsapp_jid_jid_idx ON whatsapp_jid (tenant_id, jid);

-- The tenant's instance as the gateway last reported it (connection.update, qrcode.updated).
CREATE TABLE whatsapp_instancia (
    tenant_id     UUID         NOT NULL,
    instancia     VARCHAR(100) NOT NULL,
    estado        VARCHAR(20),
    motivo        INTEGER,
    qrcode        TEXT,
    qrcode_em     TIMESTAMPTZ,
    atualizado_em TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_whatsapp_instancia PRIMARY KEY (tenant_id)
);

-- Message templates; variantes is a JSON array of texts rotated so consecutive messages differ.
CREATE TABLE whatsapp_modelo (
    id               UUID         NOT NULL,
    tenant_id        UUID         NOT NULL,
    nome             VARCHAR(100) NOT NULL,
    variantes        TEXT         NOT NULL,
    padrao           BOOLEAN      NOT NULL,
    proxima_variante INTEGER      NOT NULL DEFAULT 0,
    criado_em        TIMESTAMPTZ  NOT NULL,
    atualizado_em    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_whatsapp_modelo PRIMARY KEY (id),
    CONSTRAINT uk_whatsapp_modelo_nome UNIQUE (tenant_id, nome)
);

CREATE UNIQUE INDEX whatsapp_modelo_padrao_idx ON whatsapp_modelo (tenant_id) WHERE padrao;
