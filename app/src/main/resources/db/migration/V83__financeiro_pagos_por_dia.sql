-- The painel and /api/financeiro sum a period's paid payments several times per request. With the
-- amounts in this index, those sums read the index alone instead of every payment's row.
CREATE INDEX financeiro_pagamento_pagos_idx ON financeiro_pagamento (tenant_id, data_pagamento)
    INCLUDE (status, metodo, valor_pago_centavos, valor_estornado_centavos)
    WHERE status IN ('CONFIRMADO', 'ESTORNADO');
