package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;
import java.time.YearMonth;

/** A boleto was registered. */
public record BoletoRegistrado(
        BoletoId boletoId,
        TenantId tenantId,
        ClienteId clienteId,
        OrigemBoleto origem,
        String nossoNumero,
        LinhaDigitavel linhaDigitavel,
        CodigoBarras codigoBarras,
        Dinheiro valor,
        LocalDate vencimento,
        Integer parcela,
        YearMonth referencia,
        String descricao) {
}
