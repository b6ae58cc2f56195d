-- Read model of the "financeiro" processing group: one row per payment with what arrived, when
-- (the business date the provider reported) and what was refunded.

CREATE TABLE financeiro_pagamento (
    tenant_id                UUID   NOT NULL,
    pagamento_id             UUID   NOT NULL,
    metodo                   TEXT,
    status                   TEXT   NOT NULL,
    valor_centavos           BIGINT NOT NULL DEFAULT 0,
    valor_pago_centavos      BIGINT NOT NULL DEFAULT 0,
    valor_estornado_centavos BIGINT NOT NULL DEFAULT 0,
    data_pagamento           DATE,
    criado_em                TIMESTAMPTZ,
    versao                   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, pagamento_id)
);
CREATE INDEX financeiro_pagamento_data_idx ON financeiro_pagamento (tenant_id, data_pagamento);
CREATE INDEX financeiro_pagamento_criado_idx ON financeiro_pagamento (tenant_id, criado_em);
