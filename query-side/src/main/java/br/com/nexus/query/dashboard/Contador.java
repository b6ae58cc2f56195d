package br.com.nexus.query.dashboard;

/** One per-tenant figure of the dashboard, named after its column in {@code dashboard_tenant}. */
enum Contador {
    BOLETOS_TOTAL,
    BOLETOS_ENVIADOS,
    BOLETOS_PENDENTES,
    BOLETOS_VENCIDOS,
    BOLETOS_PAGOS,
    BOLETOS_CANCELADOS,
    VALOR_TOTAL_CENTAVOS,
    VALOR_PAGO_CENTAVOS,
    VALOR_PENDENTE_CENTAVOS,
    DISPAROS_TOTAL,
    DISPAROS_SOLICITADOS,
    DISPAROS_FALHOS,
    DISPAROS_ENVIADOS,
    DISPAROS_ENTREGUES,
    DISPAROS_LIDOS,
    DISPAROS_ABANDONADOS,
    CLIENTES_UNICOS;

    String coluna() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
