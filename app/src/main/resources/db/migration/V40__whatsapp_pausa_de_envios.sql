-- A tenant's WhatsApp sending pauses while its instance has lost WhatsApp and resumes when it
-- reconnects; kept here so a restart neither forgets a pause nor drops the queued attempts.

-- Command side, one row per tenant that ever lost its connection. PAUSADO: nothing is claimed for
-- the tenant. causa DESCONECTADA (the instance reported close/connecting) resumes once it reports
-- open; SEM_RESPOSTA (it said open but sends kept failing for lack of connection) resumes once a
-- single probe send (sonda, allowed when it reports open again) goes out. falhas_seguidas counts
-- attempts without connection since the last send that went out.
CREATE TABLE whatsapp_pausa (
    tenant_id       UUID         NOT NULL,
    situacao        VARCHAR(10)  NOT NULL,
    motivo          VARCHAR(500),
    desde           TIMESTAMPTZ,
    causa           VARCHAR(20),
    sonda           BOOLEAN      NOT NULL DEFAULT FALSE,
    falhas_seguidas INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT pk_whatsapp_pausa PRIMARY KEY (tenant_id),
    CONSTRAINT ck_whatsapp_pausa_situacao CHECK (situacao IN ('ATIVO', 'PAUSADO')),
    CONSTRAINT ck_whatsapp_pausa_causa CHECK (causa IN ('DESCONECTADA', 'SEM_RESPOSTA'))
);

-- Query side (group listas): the same situation as EnviosWhatsappPausados/Retomados tell it, shown
-- with the live progress of the tenant's dispatches.
CREATE TABLE consulta_envio_whatsapp (
    tenant_id UUID        NOT NULL,
    situacao  TEXT        NOT NULL,
    motivo    TEXT,
    desde     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id)
);
