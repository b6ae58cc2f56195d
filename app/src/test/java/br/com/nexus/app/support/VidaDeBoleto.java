package br.com.nexus.app.support;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * One boleto's whole life as the benchmarks' synthetic history tells it: registered from the portal
 * (valid barcode, due ten days later), dispatched and delivered when asked, then 60 % paid at Asaas
 * (half by PIX) within nine days, 30 % overdue, the rest still pending.
 */
public final class VidaDeBoleto {

    private VidaDeBoleto() {
    }

    public static BoletoId escrever(EventosEmLote lote, Random aleatorio, TenantId t, ClienteId cliente,
            Instant quando, boolean disparado) throws SQLException {
        BoletoId boleto = BoletoId.novo();
        LocalDate vencimento = LocalDate.ofInstant(quando, ZoneOffset.UTC).plusDays(10);
        Dinheiro valor = Dinheiro.deCentavos(5_000 + aleatorio.nextInt(100_000));
        String campoLivre = String.format("%025d", Math.abs(aleatorio.nextLong()) % 10_000_000_000_000L);
        CodigoBarras codigo = CodigoBarras.gerar("001", vencimento, valor, campoLivre);
        lote.add("Boleto", boleto, 0, new BoletoRegistrado(boleto, t, cliente, OrigemBoleto.CANOPUS, null,
                codigo.linhaDigitavel(), codigo, valor, vencimento, 1, YearMonth.from(vencimento), null), quando);
        if (disparado) {
            DisparoId disparo = DisparoId.novo();
            lote.add("Disparo", disparo, 0, new DisparoSolicitado(disparo, t, boleto, cliente, "5511987654321",
                    "Boleto", null), quando.plusSeconds(60));
            lote.add("Disparo", disparo, 1, new DisparoEnviado(disparo, t, "M" + disparo, 1), quando.plusSeconds(90));
            lote.add("Disparo", disparo, 2, new DisparoEntregue(disparo, t), quando.plusSeconds(120));
        }
        int destino = aleatorio.nextInt(10);
        if (destino < 6) {
            PagamentoId pagamento = PagamentoId.novo();
            Instant pago = quando.plus(Duration.ofDays(1 + aleatorio.nextInt(9)));
            lote.add("Pagamento", pagamento, 0, new PagamentoCriado(pagamento, t, boleto, cliente, Provedor.ASAAS,
                    "pay_" + pagamento, valor, destino < 3 ? MetodoPagamento.PIX : MetodoPagamento.BOLETO), quando);
            lote.add("Pagamento", pagamento, 1, new PagamentoConfirmado(pagamento, t, null, valor,
                    LocalDate.ofInstant(pago, ZoneOffset.UTC), "evt_" + pagamento), pago);
            lote.add("Boleto", boleto, 1, new BoletoPago(boleto, t, pagamento), pago.plusSeconds(5));
        } else if (destino < 9) {
            lote.add("Boleto", boleto, 1, new BoletoVencido(boleto, t, vencimento), quando.plus(Duration.ofDays(11)));
        }
        return boleto;
    }
}
