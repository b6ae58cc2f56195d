package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.CobrancaNoProvedor;
import br.com.nexus.command.pagamento.provedor.ConfirmadorDeEventos;
import br.com.nexus.command.pagamento.provedor.Efeito;
import br.com.nexus.command.pagamento.provedor.EventoDoProvedor;
import br.com.nexus.command.pagamento.provedor.FalhaNoProvedor;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import br.com.nexus.kernel.pagamento.Provedor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Confirms an Asaas webhook with {@code GET /v3/payments/{id}} under the tenant's key. A receipt
 * stands when Asaas shows the charge as paid at some point (a charge refunded since was paid
 * before), and is applied with Asaas's value and dates; a refund or chargeback stands only when Asaas
 * shows the charge refunded or charged back, a partial one when Asaas lists at least as many refunds
 * done as the event did; a removal only when Asaas shows it deleted (or no longer
 * knows it).
 */
@Component
class ConfirmadorAsaas implements ConfirmadorDeEventos {

    /** Statuses of a charge that has been paid, including the ones that undo a payment later. */
    private static final Set<String> JA_PAGA = Set.of("RECEIVED", "CONFIRMED", "RECEIVED_IN_CASH", "DUNNING_RECEIVED",
            "REFUNDED", "REFUND_REQUESTED", "REFUND_IN_PROGRESS", "CHARGEBACK_REQUESTED", "CHARGEBACK_DISPUTE",
            "AWAITING_CHARGEBACK_REVERSAL");
    /** Statuses of a charge whose payment was undone: refunded, or taken back by a chargeback. */
    private static final Set<String> DESFEITA = Set.of("REFUNDED", "CHARGEBACK_REQUESTED", "CHARGEBACK_DISPUTE",
            "AWAITING_CHARGEBACK_REVERSAL");

    private final AsaasClient asaas;
    private final IntegracaoRepository integracoes;
    private final AsaasIntegracao tipo;

    ConfirmadorAsaas(AsaasClient asaas, IntegracaoRepository integracoes, AsaasIntegracao tipo) {
        this.asaas = asaas;
        this.integracoes = integracoes;
        this.tipo = tipo;
    }

    @Override
    public Provedor provedor() {
        return Provedor.ASAAS;
    }

    @Override
    public Confirmacao confirmar(EventoDoProvedor evento, Efeito alegado, CobrancaNoProvedor cobrancaNossa) {
        Integracao integracao = integracoes.buscar(evento.tenantId(), AsaasIntegracao.TIPO)
                .orElseThrow(() -> new FalhaNoProvedor(HttpStatus.SERVICE_UNAVAILABLE, "INTEGRACAO_NAO_CONFIGURADA",
                        "Sem integração com o Asaas para confirmar o evento"));
        Optional<JsonNode> consultada = asaas.consultarCobranca(tipo.acesso(integracao), cobrancaNossa.referenciaExterna());
        if (alegado instanceof Efeito.Cancelamento) {
            return consultada.isEmpty() || consultada.get().path("deleted").asBoolean(false)
                    ? new Confirmacao.Confirmada(alegado)
                    : new Confirmacao.Negada("o Asaas informa a cobrança como ativa, não removida");
        }
        if (consultada.isEmpty()) {
            return new Confirmacao.Negada("o Asaas não conhece a cobrança " + cobrancaNossa.referenciaExterna());
        }
        JsonNode cobranca = consultada.get();
        String status = JsonDoProvedor.texto(cobranca, "status");
        if (alegado instanceof Efeito.Recebimento) {
            if (!JA_PAGA.contains(status)) {
                return new Confirmacao.Negada("o Asaas informa a cobrança como " + status + ", sem pagamento");
            }
            return new Confirmacao.Confirmada(InterpretadorAsaas.recebimento(JsonDoProvedor.ler(evento.payload()),
                    cobranca));
        }
        if (alegado instanceof Efeito.Estorno estorno && estorno.valor() != null) {
            int alegados = InterpretadorAsaas.estornosFeitos(JsonDoProvedor.ler(evento.payload()).path("payment")).size();
            return JA_PAGA.contains(status) && InterpretadorAsaas.estornosFeitos(cobranca).size() >= alegados
                    ? new Confirmacao.Confirmada(alegado)
                    : new Confirmacao.Negada("o Asaas não informa o estorno parcial nº " + alegados);
        }
        if (alegado instanceof Efeito.Estorno && !DESFEITA.contains(status)) {
            return new Confirmacao.Negada("o Asaas informa a cobrança como " + status + ", não estornada");
        }
        return new Confirmacao.Confirmada(alegado);
    }
}
