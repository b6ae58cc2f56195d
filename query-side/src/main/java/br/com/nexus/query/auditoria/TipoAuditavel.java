package br.com.nexus.query.auditoria;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The aggregates whose history can be audited, by the name used in the URL. */
enum TipoAuditavel {
    LEAD("Lead"),
    CLIENTE("Cliente"),
    BOLETO("Boleto"),
    DISPARO("Disparo"),
    PAGAMENTO("Pagamento");

    private final String tipoDoAgregado;

    TipoAuditavel(String tipoDoAgregado) {
        this.tipoDoAgregado = tipoDoAgregado;
    }

    static Optional<TipoAuditavel> doCaminho(String caminho) {
        return Arrays.stream(values()).filter(t -> t.name().toLowerCase(Locale.ROOT).equals(caminho)).findFirst();
    }

    /** Whether the event store's aggregate type (the aggregate's class simple name) is this one. */
    boolean corresponde(String tipoNoEventStore) {
        return tipoDoAgregado.equals(tipoNoEventStore);
    }
}
