-- Set-based rules of the command side. Both tables are written inside the transaction that
-- handles the command, so a claim commits or rolls back together with the aggregate's events.

-- One cliente per CPF within a tenant.
CREATE TABLE cliente_cpf (
    tenant_id  UUID        NOT NULL,
    cpf        VARCHAR(11) NOT NULL,
    cliente_id UUID        NOT NULL,
    CONSTRAINT pk_cliente_cpf PRIMARY KEY (tenant_id, cpf)
);

-- One open lead per phone (13 digits, 55 DDD 9XXXXXXXX) within a tenant; converted and lost
-- leads release their phone, reopened ones claim it again.
CREATE TABLE lead_telefone_aberto (
    tenant_id UUID        NOT NULL,
    telefone  VARCHAR(13) NOT NULL,
    lead_id   UUID        NOT NULL,
    CONSTRAINT pk_lead_telefone_aberto PRIMARY KEY (tenant_id, telefone)
);
