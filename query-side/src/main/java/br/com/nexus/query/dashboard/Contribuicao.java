package br.com.nexus.query.dashboard;

import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.disparo.StatusDisparo;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one row adds to the tenant's counters. The change an event makes to the counters is the
 * difference between its row's contribution after and before it, so an event that leaves its row
 * as it was changes no counter.
 */
final class Contribuicao {

    private final EnumMap<Contador, Long> valores = new EnumMap<>(Contador.class);

    static Contribuicao nenhuma() {
        return new Contribuicao();
    }

    static Contribuicao deBoleto(SituacaoBoleto situacao, long valorCentavos, boolean enviado) {
        return deBoleto(situacao, valorCentavos, null, enviado);
    }

    /**
     * {@code pagoCentavos} is what the boleto received, net of refunds; null when nothing says (rows
     * from before it was kept): all of it when paid, nothing otherwise. An open boleto counts as paid
     * what it received and as pending the rest; a paid one, all it received.
     */
    static Contribuicao deBoleto(SituacaoBoleto situacao, long valorCentavos, Long pagoCentavos, boolean enviado) {
        Contribuicao c = new Contribuicao().mais(Contador.BOLETOS_TOTAL, 1);
        if (enviado) {
            c.mais(Contador.BOLETOS_ENVIADOS, 1);
        }
        long pago = pagoCentavos != null ? pagoCentavos : situacao == SituacaoBoleto.PAGO ? valorCentavos : 0;
        long pendente = Math.max(valorCentavos - pago, 0);
        switch (situacao) {
            case PENDENTE -> c.mais(Contador.BOLETOS_PENDENTES, 1).mais(Contador.VALOR_PENDENTE_CENTAVOS, pendente)
                    .mais(Contador.VALOR_PAGO_CENTAVOS, pago);
            case VENCIDO -> c.mais(Contador.BOLETOS_VENCIDOS, 1).mais(Contador.VALOR_PENDENTE_CENTAVOS, pendente)
                    .mais(Contador.VALOR_PAGO_CENTAVOS, pago);
            case PAGO -> c.mais(Contador.BOLETOS_PAGOS, 1).mais(Contador.VALOR_PAGO_CENTAVOS, pago);
            case CANCELADO -> c.mais(Contador.BOLETOS_CANCELADOS, 1);
        }
        if (situacao != SituacaoBoleto.CANCELADO) {
            c.mais(Contador.VALOR_TOTAL_CENTAVOS, valorCentavos);
        }
        return c;
    }

    static Contribuicao deDisparo(StatusDisparo status) {
        Contribuicao c = new Contribuicao().mais(Contador.DISPAROS_TOTAL, 1);
        return switch (status) {
            case SOLICITADO -> c.mais(Contador.DISPAROS_SOLICITADOS, 1);
            case FALHOU -> c.mais(Contador.DISPAROS_FALHOS, 1);
            case ENVIADO -> c.mais(Contador.DISPAROS_ENVIADOS, 1);
            case ENTREGUE -> c.mais(Contador.DISPAROS_ENTREGUES, 1);
            case LIDO -> c.mais(Contador.DISPAROS_LIDOS, 1);
            case ABANDONADO -> c.mais(Contador.DISPAROS_ABANDONADOS, 1);
        };
    }

    Contribuicao mais(Contador contador, long valor) {
        valores.merge(contador, valor, Long::sum);
        return this;
    }

    Contribuicao mais(Contribuicao outra) {
        outra.valores.forEach(this::mais);
        return this;
    }

    /** This contribution minus {@code antes}: what changing a row from {@code antes} to this adds. */
    Contribuicao menos(Contribuicao antes) {
        Contribuicao diferenca = new Contribuicao().mais(this);
        antes.valores.forEach((contador, valor) -> diferenca.mais(contador, -valor));
        return diferenca;
    }

    boolean vazia() {
        return valores.values().stream().allMatch(v -> v == 0);
    }

    long valor(Contador contador) {
        return valores.getOrDefault(contador, 0L);
    }

    Map<Contador, Long> valores() {
        return Map.copyOf(valores);
    }
}
