package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.EventosDoProvedor;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import br.com.nexus.command.pagamento.provedor.Problemas;
import br.com.nexus.command.pagamento.provedor.ProcessadorDeEventosDoProvedor;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.Provedor;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Asaas webhook (PROTOCOLS.md §2.2). The {@code asaas-access-token} header identifies the tenant
 * (by the SHA-256 of the authToken configured on the webhook); a stranger gets 401 and nothing is
 * stored. The event is committed to the inbox before the answer, which is exactly 200 — Asaas
 * counts anything else, 201 and 204 included, as a failure and pauses its queue after 15 of them —
 * and a redelivered event id answers 200 without being stored again. It is applied afterwards by
 * {@link ProcessadorDeEventosDoProvedor}.
 */
@RestController
@Tag(name = "Webhooks", description = "Chamadas dos provedores, autenticadas pelo segredo de cada um")
class AsaasWebhookController {

    private static final int CORPO_MAXIMO = 1024 * 1024;

    private final IntegracaoRepository integracoes;
    private final EventosDoProvedor eventos;
    private final ProcessadorDeEventosDoProvedor processador;

    AsaasWebhookController(IntegracaoRepository integracoes, EventosDoProvedor eventos,
            ProcessadorDeEventosDoProvedor processador) {
        this.integracoes = integracoes;
        this.eventos = eventos;
        this.processador = processador;
    }

    @PostMapping("/api/webhooks/asaas")
    @Operation(summary = "Recebe eventos de cobrança do Asaas (header asaas-access-token)")
    ResponseEntity<?> receber(@RequestHeader(name = "asaas-access-token", required = false) String token,
            HttpServletRequest request) {
        Optional<TenantId> tenant = integracoes.tenantPorSegredoDeWebhook(AsaasIntegracao.TIPO, token);
        if (tenant.isEmpty()) {
            return Problemas.webhookNaoAutenticado(request);
        }
        Optional<String> corpo = Problemas.corpo(request, CORPO_MAXIMO);
        if (corpo.isEmpty()) {
            return Problemas.grandeDemais(request);
        }
        JsonNode envelope = JsonDoProvedor.ler(corpo.get());
        String id = limitado(JsonDoProvedor.texto(envelope, "id"), 200, "id");
        String evento = limitado(JsonDoProvedor.texto(envelope, "event"), 60, "event");
        String cobranca = JsonDoProvedor.texto(envelope.path("payment"), "id");
        if (cobranca != null && cobranca.length() > 100) {
            throw DomainException.invalido("PAYLOAD_INVALIDO", "payment.id longo demais");
        }
        if (eventos.registrar(Provedor.ASAAS, tenant.get(), id, evento, cobranca, corpo.get(),
                InterpretadorAsaas.chaveDeEfeito(evento, envelope.path("payment")))) {
            processador.acordar();
        }
        return ResponseEntity.ok().build();
    }

    private static String limitado(String valor, int maximo, String campo) {
        if (valor == null) {
            throw DomainException.invalido("PAYLOAD_INVALIDO", "Evento sem '" + campo + "'");
        }
        if (valor.length() > maximo) {
            throw DomainException.invalido("PAYLOAD_INVALIDO", "'" + campo + "' longo demais");
        }
        return valor;
    }
}
