package br.com.nexus.command.pagamento.provedor.efi;

import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.EventosDoProvedor;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import br.com.nexus.command.pagamento.provedor.Problemas;
import br.com.nexus.command.pagamento.provedor.ProcessadorDeEventosDoProvedor;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.Provedor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Efí PIX webhook (PROTOCOLS.md §3). Served at the registered path and at the same path plus the
 * {@code /pix} Efí appends to real notifications. Authenticated by the secret {@code hmac} query
 * parameter of the registered URL (the skip-mTLS mode; with mTLS, a reverse proxy checks Efí's
 * client certificate and the parameter still identifies the tenant). Each pix of the {@code pix[]}
 * array is stored once by its endToEndId, each devolução once by its id, before the 200; a call
 * without {@code pix} (Efí's registration test) is answered 200 and stores nothing.
 */
@RestController
@Tag(name = "Webhooks")
class EfiWebhookController {

    static final String TIPO_PIX = "PIX";
    static final String TIPO_DEVOLUCAO = "DEVOLUCAO";
    static final String TIPO_PIX_SEM_TXID = "PIX_SEM_TXID";
    private static final int CORPO_MAXIMO = 1024 * 1024;

    private final IntegracaoRepository integracoes;
    private final EventosDoProvedor eventos;
    private final ProcessadorDeEventosDoProvedor processador;

    EfiWebhookController(IntegracaoRepository integracoes, EventosDoProvedor eventos,
            ProcessadorDeEventosDoProvedor processador) {
        this.integracoes = integracoes;
        this.eventos = eventos;
        this.processador = processador;
    }

    private record Registro(String eventoId, String tipo, String txid, String payload) {
    }

    @PostMapping({"/api/webhooks/efi/pix", "/api/webhooks/efi/pix/pix"})
    @Operation(summary = "Recebe notificações PIX da Efí (parâmetro hmac da URL registrada)")
    ResponseEntity<?> receber(@RequestParam(name = "hmac", required = false) String hmac, HttpServletRequest request) {
        Optional<TenantId> tenant = integracoes.tenantPorSegredoDeWebhook(EfiIntegracao.TIPO, hmac);
        if (tenant.isEmpty()) {
            return Problemas.webhookNaoAutenticado(request);
        }
        Optional<String> corpo = Problemas.corpo(request, CORPO_MAXIMO);
        if (corpo.isEmpty()) {
            return Problemas.grandeDemais(request);
        }
        if (corpo.get().isBlank()) {
            return ResponseEntity.ok().build();
        }
        JsonNode pix = JsonDoProvedor.ler(corpo.get()).get("pix");
        if (pix == null || !pix.isArray()) {
            return ResponseEntity.ok().build();
        }
        // Everything is checked before anything is stored: a bad element refuses the whole call.
        List<Registro> registros = new ArrayList<>();
        for (JsonNode item : pix) {
            registros.addAll(registros(item));
        }
        boolean novos = false;
        for (Registro r : registros) {
            novos |= eventos.registrar(Provedor.EFI, tenant.get(), r.eventoId(), r.tipo(), r.txid(), r.payload());
        }
        if (novos) {
            processador.acordar();
        }
        return ResponseEntity.ok().build();
    }

    private static List<Registro> registros(JsonNode item) {
        if (!item.isObject()) {
            throw DomainException.invalido("PAYLOAD_INVALIDO", "Cada item de pix deve ser um objeto");
        }
        String endToEndId = limitado(JsonDoProvedor.texto(item, "endToEndId"), 100, "endToEndId");
        String txid = JsonDoProvedor.texto(item, "txid");
        if (txid != null && txid.length() > 100) {
            throw DomainException.invalido("PAYLOAD_INVALIDO", "txid longo demais");
        }
        List<Registro> registros = new ArrayList<>();
        registros.add(new Registro(endToEndId, txid == null ? TIPO_PIX_SEM_TXID : TIPO_PIX, txid, item.toString()));
        for (JsonNode devolucao : item.path("devolucoes")) {
            String id = limitado(JsonDoProvedor.texto(devolucao, "id"), 90, "devolucoes[].id");
            ObjectNode payload = JsonDoProvedor.mapper().createObjectNode()
                    .put("endToEndId", endToEndId)
                    .put("txid", txid);
            payload.set("devolucao", devolucao);
            registros.add(new Registro(endToEndId + "/devolucao/" + id, TIPO_DEVOLUCAO, txid, payload.toString()));
        }
        return registros;
    }

    private static String limitado(String valor, int maximo, String campo) {
        if (valor == null) {
            throw DomainException.invalido("PAYLOAD_INVALIDO", "pix sem '" + campo + "'");
        }
        if (valor.length() > maximo) {
            throw DomainException.invalido("PAYLOAD_INVALIDO", "'" + campo + "' longo demais");
        }
        return valor;
    }
}
