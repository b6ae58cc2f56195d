-- Reconciliation with Asaas, second step.
-- The charge's due date: a charge past it and still unpaid is checked with Asaas; rows opened before
-- this column existed have none and are looked up one by one, a few per run.
ALTER TABLE pagamento_provedor ADD COLUMN vencimento DATE;

-- Per tenant, how often Asaas has been asked: the pause Asaas asked for with a 429 and the runs of
-- the current day (Brasília), so a restart neither forgets the pause nor polls more often.
CREATE TABLE asaas_conciliacao_tenant (
    tenant_id   UUID        PRIMARY KEY,
    pausado_ate TIMESTAMPTZ,
    dia         DATE        NOT NULL,
    rodadas     INTEGER     NOT NULL
);
