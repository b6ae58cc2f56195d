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
        Contribuicao c = new Contribuicao().mais(Contador.BOLETOS_TOTAL, 1);
        if (enviado) {
            c.mais(Contador.BOLETOS_ENVIADOS, 1);
        }
        switch (situacao) {
            case PENDENTE -> c.mais(Contador.BOLETOS_PENDENTES, 1).mais(Contador.VALOR_PENDENTE_CENTAVOS, valorCentavos);
            case VENCIDO -> c.mais(Contador.BOLETOS_VENCIDOS, 1).mais(Contador.VALOR_PENDENTE_CENTAVOS, valorCentavos);
            case PAGO -> c.mais(Contador.BOLETOS_PAGOS, 1).mais(Contador.VALOR_PAGO_CENTAVOS, valorCentavos);
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
