package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a boleto; linha digitável, barcode, valor and vencimento must agree. */
public record RegistrarBoletoCommand(
        @TargetAggregateIdentifier BoletoId boletoId,
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
