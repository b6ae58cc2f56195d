-- Reconciliation with Asaas: a charge's state learnt by polling goes through the same inbox as the
-- webhook. The effect key (the webhook's event name + the charge id, e.g. PAYMENT_RECEIVED:pay_123)
-- makes a webhook and a poll of the same state one row, whichever arrives first. A row refused or
-- given up leaves the index, so a later genuine report of that state is still taken in.
ALTER TABLE pagamento_evento_provedor ADD COLUMN chave_efeito VARCHAR(200);

CREATE UNIQUE INDEX uq_pagamento_evento_provedor_efeito
    ON pagamento_evento_provedor (provedor, tenant_id, chave_efeito)
    WHERE chave_efeito IS NOT NULL AND situacao NOT IN ('RECUSADO', 'FALHOU');

-- "When did we last hear about this charge": the reconciliation skips charges with recent news.
CREATE INDEX pagamento_evento_provedor_noticia_idx
    ON pagamento_evento_provedor (tenant_id, provedor, referencia, recebido_em);
