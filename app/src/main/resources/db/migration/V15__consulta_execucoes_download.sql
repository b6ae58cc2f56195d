-- Read models of portal download runs ("listas" processing group): one row per run with its
-- progress, and one per cliente outcome. The run's counters move only under the versao guard of
-- the run's own events, so a repeated outcome is not counted twice.

CREATE TABLE consulta_execucao_download (
    tenant_id          UUID        NOT NULL,
    execucao_id        UUID        NOT NULL,
    ponto_de_venda     TEXT,
    ano                INTEGER,
    limite             INTEGER,
    total              INTEGER     NOT NULL DEFAULT 0,
    processados        INTEGER     NOT NULL DEFAULT 0,
    sucesso            INTEGER     NOT NULL DEFAULT 0,
    erro               INTEGER     NOT NULL DEFAULT 0,
    cpf_nao_encontrado INTEGER     NOT NULL DEFAULT 0,
    sem_boleto         INTEGER     NOT NULL DEFAULT 0,
    em_andamento       BOOLEAN     NOT NULL DEFAULT TRUE,
    situacao           TEXT,
    motivo             TEXT,
    detalhe            TEXT,
    iniciada_em        TIMESTAMPTZ,
    concluida_em       TIMESTAMPTZ,
    atualizado_em      TIMESTAMPTZ NOT NULL,
    versao             BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, execucao_id)
);
CREATE INDEX consulta_execucao_download_iniciada_idx
    ON consulta_execucao_download (tenant_id, iniciada_em DESC, execucao_id);

CREATE TABLE consulta_execucao_cliente (
    tenant_id    UUID        NOT NULL,
    execucao_id  UUID        NOT NULL,
    cliente_id   UUID        NOT NULL,
    resultado    TEXT        NOT NULL,
    detalhe      TEXT,
    arquivo      TEXT,
    boleto_id    UUID,
    captura      TEXT,
    concluido_em TIMESTAMPTZ NOT NULL,
    posicao      BIGINT,
    PRIMARY KEY (tenant_id, execucao_id, cliente_id)
);
