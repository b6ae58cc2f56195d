-- What each boleto received, net of refunds, so paid totals count partial payments, overpayments
-- and refunds. NULL on rows from before: all of the boleto's value when paid, nothing otherwise.
ALTER TABLE consulta_boleto ADD COLUMN valor_pago_centavos BIGINT;
ALTER TABLE dashboard_boleto ADD COLUMN pago_centavos BIGINT;
