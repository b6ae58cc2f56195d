package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.pagamento.Provedor;

/** Reads one provider's stored webhook events. Each provider contributes a bean. */
public interface InterpretadorDeEventos {

    Provedor provedor();

    /**
     * What the event means. A payload that cannot be read raises a
     * {@link br.com.nexus.kernel.comum.DomainException}; the event is then kept as refused.
     */
    Interpretacao interpretar(EventoDoProvedor evento);
}
