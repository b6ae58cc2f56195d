-- One boleto per linha digitável within a tenant: claimed in the transaction that registers the
-- boleto, like cliente_cpf (V5), so a second registration of the same slip is refused.
CREATE TABLE boleto_linha_digitavel (
    tenant_id       UUID     NOT NULL,
    linha_digitavel CHAR(47) NOT NULL,
    boleto_id       UUID     NOT NULL,
    CONSTRAINT pk_boleto_linha_digitavel PRIMARY KEY (tenant_id, linha_digitavel)
);
