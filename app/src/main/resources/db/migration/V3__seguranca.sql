-- Tenants (empresas), their users and the credentials of the API. Plain tables, not event-sourced.
CREATE TABLE tenant (
    id         UUID         PRIMARY KEY,
    nome       VARCHAR(120) NOT NULL,
    -- Only administrators of a platform tenant (the first one, created at start-up) may create tenants.
    plataforma BOOLEAN      NOT NULL DEFAULT FALSE,
    criado_em  TIMESTAMPTZ  NOT NULL
);

-- E-mail is the login, hence unique across tenants; stored lower-cased.
CREATE TABLE usuario (
    id            UUID         PRIMARY KEY,
    tenant_id     UUID         NOT NULL REFERENCES tenant (id),
    email         VARCHAR(254) NOT NULL,
    nome          VARCHAR(120) NOT NULL,
    senha_hash    VARCHAR(100) NOT NULL,
    papel         VARCHAR(20)  NOT NULL,
    ativo         BOOLEAN      NOT NULL,
    criado_em     TIMESTAMPTZ  NOT NULL,
    atualizado_em TIMESTAMPTZ  NOT NULL,
    CONSTRAINT usuario_email_unico UNIQUE (email),
    CONSTRAINT usuario_email_minusculo CHECK (email = lower(email)),
    CONSTRAINT usuario_papel_valido CHECK (papel IN ('ADMIN', 'SUPERVISOR', 'OPERADOR', 'AUDITOR'))
);

CREATE INDEX usuario_tenant_idx ON usuario (tenant_id, email);

-- Only the SHA-256 of each refresh token is kept. A used token stays (usado_em set) until it
-- expires, so presenting it again is recognised as a replay.
CREATE TABLE refresh_token (
    hash       CHAR(64)    PRIMARY KEY,
    usuario_id UUID        NOT NULL REFERENCES usuario (id),
    criado_em  TIMESTAMPTZ NOT NULL,
    expira_em  TIMESTAMPTZ NOT NULL,
    usado_em   TIMESTAMPTZ
);

CREATE INDEX refresh_token_usuario_idx ON refresh_token (usuario_id);

-- The HS256 key generated at first start when NEXUS_JWT_SECRET is not set, so that restarts and
-- the other nodes of a distributed deployment accept the same tokens.
CREATE TABLE chave_jwt (
    id        SMALLINT    PRIMARY KEY CHECK (id = 1),
    segredo   BYTEA       NOT NULL,
    criado_em TIMESTAMPTZ NOT NULL
);
