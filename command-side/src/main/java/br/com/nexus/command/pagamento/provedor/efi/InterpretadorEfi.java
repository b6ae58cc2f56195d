package br.com.nexus.command.pagamento.provedor.efi;

import br.com.nexus.command.pagamento.provedor.Efeito;
import br.com.nexus.command.pagamento.provedor.EventoDoProvedor;
import br.com.nexus.command.pagamento.provedor.Interpretacao;
import br.com.nexus.command.pagamento.provedor.InterpretadorDeEventos;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.pagamento.Provedor;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * Efí PIX callbacks (PROTOCOLS.md §3.4), stored one row per pix (and one per devolução): a pix is
 * money received for the charge named by its txid, a devolução DEVOLVIDO a refund.
 */
@Component
public class InterpretadorEfi implements InterpretadorDeEventos {

    /** The business date of a PIX is the day in Brasília when it was paid, not the UTC day. */
    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

    @Override
    public Provedor provedor() {
        return Provedor.EFI;
    }

    @Override
    public Interpretacao interpretar(EventoDoProvedor evento) {
        JsonNode no = JsonDoProvedor.ler(evento.payload());
        String txid = JsonDoProvedor.texto(no, "txid");
        return switch (evento.tipo()) {
            case EfiWebhookController.TIPO_PIX -> new Interpretacao(txid, null, recebimento(no));
            case EfiWebhookController.TIPO_DEVOLUCAO -> new Interpretacao(txid, null, devolucao(no.path("devolucao")));
            default -> new Interpretacao(txid, null, new Efeito.SoRegistro("PIX sem txid: não é de uma cobrança"));
        };
    }

    static Efeito recebimento(JsonNode pix) {
        Dinheiro valor = JsonDoProvedor.reais(pix, "valor");
        if (valor == null) {
            throw DomainException.invalido("VALOR_INVALIDO", "PIX sem valor");
        }
        return new Efeito.Recebimento(valor, dataEmBrasilia(JsonDoProvedor.texto(pix, "horario")));
    }

    static Efeito devolucao(JsonNode devolucao) {
        String status = JsonDoProvedor.texto(devolucao, "status");
        String id = JsonDoProvedor.texto(devolucao, "id");
        if (!"DEVOLVIDO".equals(status)) {
            return new Efeito.SoRegistro("Devolução " + id + " com status " + status);
        }
        String motivo = JsonDoProvedor.texto(devolucao, "motivo");
        return new Efeito.Estorno(JsonDoProvedor.reais(devolucao, "valor"),
                "Devolução PIX " + id + (motivo == null ? "" : ": " + motivo));
    }

    private static LocalDate dataEmBrasilia(String horario) {
        if (horario == null) {
            throw DomainException.invalido("DATA_PAGAMENTO_OBRIGATORIA", "PIX sem horário");
        }
        try {
            return Instant.parse(horario).atZone(BRASILIA).toLocalDate();
        } catch (DateTimeParseException e) {
            throw DomainException.invalido("DATA_PAGAMENTO_OBRIGATORIA", "Horário do PIX inválido: " + horario);
        }
    }
}
