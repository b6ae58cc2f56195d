-- Canopus portal downloads (command side, package br.com.nexus.command.portal).

-- The clientes a download run may pick, built from the cliente events (group portal-clientes).
CREATE TABLE portal_cliente (
    tenant_id      UUID        NOT NULL,
    cliente_id     UUID        NOT NULL,
    cpf            VARCHAR(11) NOT NULL,
    nome           TEXT        NOT NULL,
    ponto_de_venda TEXT,
    ativo          BOOLEAN     NOT NULL,
    CONSTRAINT pk_portal_cliente PRIMARY KEY (tenant_id, cliente_id)
);

CREATE INDEX portal_cliente_ponto_idx ON portal_cliente (tenant_id, ponto_de_venda);
CREATE INDEX portal_cliente_cpf_idx ON portal_cliente (tenant_id, cpf);

-- A run's work list, written with the command that starts it, so the worker (or a restart)
-- knows exactly which clientes remain.
CREATE TABLE portal_execucao (
    execucao_id    UUID        NOT NULL,
    tenant_id      UUID        NOT NULL,
    ponto_de_venda TEXT,
    ano            INTEGER,
    limite         INTEGER,
    total          INTEGER     NOT NULL,
    situacao       VARCHAR(20) NOT NULL,
    -- The node working on the run and its last sign of life: a run whose node went silent is
    -- taken over by another (or by the same one after a restart).
    dono           VARCHAR(100),
    batida         TIMESTAMPTZ,
    criada_em      TIMESTAMPTZ NOT NULL,
    atualizada_em  TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_portal_execucao PRIMARY KEY (execucao_id)
);

-- One run at a time per tenant: two would hit the portal with twice the browsers.
CREATE UNIQUE INDEX portal_execucao_uma_ativa_idx ON portal_execucao (tenant_id)
    WHERE situacao IN ('PENDENTE', 'EM_ANDAMENTO');

CREATE TABLE portal_execucao_cliente (
    execucao_id UUID        NOT NULL,
    ordem       INTEGER     NOT NULL,
    cliente_id  UUID        NOT NULL,
    cpf         VARCHAR(11) NOT NULL,
    nome        TEXT        NOT NULL,
    resultado   VARCHAR(20),
    detalhe     TEXT,
    arquivo     TEXT,
    boleto_id   UUID,
    captura     TEXT,
    concluido_em TIMESTAMPTZ,
    CONSTRAINT pk_portal_execucao_cliente PRIMARY KEY (execucao_id, cliente_id)
);

CREATE INDEX portal_execucao_cliente_pendente_idx ON portal_execucao_cliente (execucao_id, ordem)
    WHERE resultado IS NULL;
