-- Boleto PDFs (generated here or downloaded from a portal), kept once per tenant and content hash.
CREATE TABLE documento_pdf (
    tenant_id    UUID        NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    conteudo     BYTEA       NOT NULL,
    tamanho      BIGINT      NOT NULL,
    nome_arquivo TEXT        NOT NULL,
    origem       VARCHAR(10) NOT NULL,
    criado_em    TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_documento_pdf PRIMARY KEY (tenant_id, sha256)
);

-- What the command side knows of each cliente to print a boleto's payer block and to merge a
-- spreadsheet import into the cliente's data; built from the cliente events (group boleto-pdf).
CREATE TABLE documento_pagador (
    tenant_id         UUID NOT NULL,
    cliente_id        UUID NOT NULL,
    cpf               VARCHAR(11),
    nome              TEXT,
    whatsapp          VARCHAR(13),
    whatsapp_original TEXT,
    email             TEXT,
    endereco          TEXT,
    consorcio         TEXT,
    CONSTRAINT pk_documento_pagador PRIMARY KEY (tenant_id, cliente_id)
);

-- Registered boletos, to render and to check their PDFs (group boleto-pdf).
CREATE TABLE documento_boleto (
    boleto_id       UUID        NOT NULL,
    tenant_id       UUID        NOT NULL,
    cliente_id      UUID        NOT NULL,
    origem          VARCHAR(10) NOT NULL,
    linha_digitavel CHAR(47)    NOT NULL,
    valor_centavos  BIGINT      NOT NULL,
    vencimento      DATE        NOT NULL,
    CONSTRAINT pk_documento_boleto PRIMARY KEY (boleto_id)
);

-- Every PDF attached to a boleto; GET /api/boletos/{id}/pdf serves a downloaded one before a generated one.
CREATE TABLE documento_boleto_pdf (
    boleto_id  UUID        NOT NULL,
    sha256     CHAR(64)    NOT NULL,
    tenant_id  UUID        NOT NULL,
    anexado_em TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_documento_boleto_pdf PRIMARY KEY (boleto_id, sha256)
);

-- Side effects already carried out (PDF generated, PDF checked), so a redelivered event does not
-- repeat them. Written in the transaction that handles the event; never cleared by a replay.
CREATE TABLE documento_efeito (
    boleto_id UUID        NOT NULL,
    efeito    VARCHAR(20) NOT NULL,
    alvo      VARCHAR(64) NOT NULL,
    feito_em  TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_documento_efeito PRIMARY KEY (boleto_id, efeito, alvo)
);
