-- Boletos registered before V50 claim their linha digitável; where the same slip was registered
-- twice the first registration keeps it (the later one stays as it is, but no third is accepted).
-- The embedded store keeps the events here; with Axon Server the command side's own copy of
-- registered boletos (documento_boleto) stands in.
INSERT INTO boleto_linha_digitavel (tenant_id, linha_digitavel, boleto_id)
SELECT DISTINCT ON (tenant_id, linha_digitavel) tenant_id, linha_digitavel, boleto_id
FROM (
    SELECT (e.evento ->> 'tenantId')::uuid AS tenant_id,
           e.evento ->> 'linhaDigitavel'   AS linha_digitavel,
           (e.evento ->> 'boletoId')::uuid AS boleto_id,
           e.ordem
    FROM (
        SELECT convert_from(payload, 'UTF8')::jsonb AS evento, globalindex AS ordem
        FROM domainevententry
        WHERE payloadtype = 'br.com.nexus.kernel.boleto.BoletoRegistrado'
    ) e
    UNION ALL
    SELECT d.tenant_id, d.linha_digitavel, d.boleto_id, 9223372036854775807
    FROM documento_boleto d
) registrados
WHERE tenant_id IS NOT NULL AND linha_digitavel IS NOT NULL AND boleto_id IS NOT NULL
ORDER BY tenant_id, linha_digitavel, ordem, boleto_id
ON CONFLICT DO NOTHING;
