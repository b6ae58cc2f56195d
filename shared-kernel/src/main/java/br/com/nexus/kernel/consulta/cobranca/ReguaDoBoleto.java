package br.com.nexus.kernel.consulta.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A boleto's collection timeline: past steps with their outcome, future steps with the instant each
 * goes out under the current régua; {@code cobranca} is ATIVA, INTERROMPIDA or ENCERRADA ({@code motivo} says why).
 */
public record ReguaDoBoleto(
        BoletoId boletoId,
        LocalDate vencimento,
        SituacaoBoleto situacao,
        Instant vencidoEm,
        String cobranca,
        String motivo,
        List<EtapaDoBoleto> etapas) {
}
