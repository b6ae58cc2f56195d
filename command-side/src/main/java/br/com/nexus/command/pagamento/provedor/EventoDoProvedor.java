package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored provider webhook event.
 *
 * @param referencia the provider's id of the charge the event is about (events of one charge are
 *                   applied in arrival order); may be null
 * @param payload    the event as the provider sent it (for Efí, the one pix element)
 */
public record EventoDoProvedor(
        long id,
        Provedor provedor,
        TenantId tenantId,
        String eventoId,
        String tipo,
        String referencia,
        String payload,
        Instant recebidoEm,
        SituacaoEvento situacao,
        int tentativas,
        Instant processadoEm,
        PagamentoId pagamentoId,
        Long valorRecebidoCentavos,
        LocalDate dataPagamento,
        String detalhe) {
}
