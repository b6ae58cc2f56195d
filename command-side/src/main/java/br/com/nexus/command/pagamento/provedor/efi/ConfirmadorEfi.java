package br.com.nexus.command.pagamento.provedor.efi;

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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Confirms an Efí PIX notification with {@code GET /v2/pix/{e2eId}} under the tenant's client
 * credentials: the PIX must exist and belong to our charge's txid, and is applied with Efí's amount
 * and time; a devolução must be listed by Efí as DEVOLVIDO. Without credentials nothing can be
 * confirmed: the event waits (and is retried) until an administrator sets them.
 */
@Component
class ConfirmadorEfi implements ConfirmadorDeEventos {

    private final EfiClient efi;
    private final IntegracaoRepository integracoes;
    private final EfiIntegracao tipo;

    ConfirmadorEfi(EfiClient efi, IntegracaoRepository integracoes, EfiIntegracao tipo) {
        this.efi = efi;
        this.integracoes = integracoes;
        this.tipo = tipo;
    }

    @Override
    public Provedor provedor() {
        return Provedor.EFI;
    }

    @Override
    public Confirmacao confirmar(EventoDoProvedor evento, Efeito alegado, CobrancaNoProvedor cobranca) {
        Optional<Integracao> integracao = integracoes.buscar(evento.tenantId(), EfiIntegracao.TIPO);
        EfiClient.Acesso acesso = integracao.flatMap(tipo::acesso).orElseThrow(() -> new FalhaNoProvedor(
                HttpStatus.SERVICE_UNAVAILABLE, "EFI_SEM_CREDENCIAIS",
                "Configure clientId e clientSecret da Efí para que os PIX recebidos sejam confirmados"));
        JsonNode notificado = JsonDoProvedor.ler(evento.payload());
        String endToEndId = JsonDoProvedor.texto(notificado, "endToEndId");
        if (endToEndId == null) {
            return new Confirmacao.Negada("notificação sem endToEndId");
        }
        Optional<JsonNode> consultado = efi.pix(acesso, endToEndId);
        if (consultado.isEmpty()) {
            return new Confirmacao.Negada("a Efí não conhece o PIX " + endToEndId);
        }
        JsonNode pix = consultado.get();
        if (!cobranca.referenciaExterna().equals(JsonDoProvedor.texto(pix, "txid"))) {
            return new Confirmacao.Negada("para a Efí, o PIX " + endToEndId + " não é da cobrança "
                    + cobranca.referenciaExterna());
        }
        if (alegado instanceof Efeito.Recebimento) {
            return new Confirmacao.Confirmada(InterpretadorEfi.recebimento(pix));
        }
        if (alegado instanceof Efeito.Estorno) {
            String id = JsonDoProvedor.texto(notificado.path("devolucao"), "id");
            for (JsonNode devolucao : pix.path("devolucoes")) {
                if (id != null && id.equals(JsonDoProvedor.texto(devolucao, "id"))
                        && "DEVOLVIDO".equals(JsonDoProvedor.texto(devolucao, "status"))) {
                    return new Confirmacao.Confirmada(InterpretadorEfi.devolucao(devolucao));
                }
            }
            return new Confirmacao.Negada("a Efí não informa a devolução " + id + " do PIX " + endToEndId
                    + " como DEVOLVIDO");
        }
        return new Confirmacao.Confirmada(alegado);
    }
}
