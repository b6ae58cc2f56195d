package br.com.nexus.command.pagamento.provedor.efi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.pagamento.provedor.Efeito;
import br.com.nexus.command.pagamento.provedor.EventoDoProvedor;
import br.com.nexus.command.pagamento.provedor.EventosDeExemplo;
import br.com.nexus.command.pagamento.provedor.Interpretacao;
import br.com.nexus.command.pagamento.provedor.SituacaoEvento;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterpretadorEfiTest {

    private final InterpretadorEfi interpretador = new InterpretadorEfi();

    private static EventoDoProvedor evento(String tipo, String payload) {
        return new EventoDoProvedor(1, Provedor.EFI, TenantId.novo(), "E1803615022211340s08793XPJ", tipo, null, payload,
                Instant.now(), SituacaoEvento.PENDENTE, 0, null, null, null, null, null);
    }

    @Test
    void pixDoExemploRealEhRecebimentoPeloTxidComValorDecimalExato() {
        String pix = EventosDeExemplo.efiPix("E1803615022211340s08793XPJ", "fc9a43k6ff384ryP5f41719", "0.01",
                "2020-12-21T13:40:34.000Z");

        Interpretacao lida = interpretador.interpretar(evento(EfiWebhookController.TIPO_PIX, pix));

        assertThat(lida.referencia()).isEqualTo("fc9a43k6ff384ryP5f41719");
        assertThat(lida.efeito()).isEqualTo(new Efeito.Recebimento(Dinheiro.deCentavos(1), LocalDate.of(2020, 12, 21)));
    }

    @Test
    void dataDoPixEhODiaEmBrasiliaNaoEmUtc() {
        String pix = EventosDeExemplo.efiPix("E1", "tx1", "150.50", "2026-03-10T01:30:00.000Z");

        Efeito efeito = interpretador.interpretar(evento(EfiWebhookController.TIPO_PIX, pix)).efeito();

        assertThat(((Efeito.Recebimento) efeito).data()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void valorQueNaoEhDecimalSimplesEhRecusado() {
        for (String valor : new String[] {"0.001", "1,50", "1e2", "-1.00", ""}) {
            String pix = EventosDeExemplo.efiPix("E1", "tx1", valor, "2020-12-21T13:40:34.000Z");
            assertThatThrownBy(() -> interpretador.interpretar(evento(EfiWebhookController.TIPO_PIX, pix)))
                    .as(valor).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void devolucaoDevolvidaEhEstornoDoValorDevolvido() {
        String payload = """
                {"endToEndId":"E1","txid":"tx1","devolucao":{"id":"D1","rtrId":"D9999999920201221abcdefghijk",
                 "valor":"0.01","horario":{"solicitacao":"2020-12-21T14:00:00.000Z"},"status":"DEVOLVIDO"}}""";

        Interpretacao lida = interpretador.interpretar(evento(EfiWebhookController.TIPO_DEVOLUCAO, payload));

        assertThat(lida.referencia()).isEqualTo("tx1");
        assertThat(lida.efeito()).isEqualTo(new Efeito.Estorno(Dinheiro.deCentavos(1), "Devolução PIX D1"));
    }

    @Test
    void devolucaoNaoRealizadaApenasRegistrada() {
        String payload = """
                {"endToEndId":"E1","txid":"tx1","devolucao":{"id":"D1","valor":"0.01","status":"NAO_REALIZADO"}}""";

        assertThat(interpretador.interpretar(evento(EfiWebhookController.TIPO_DEVOLUCAO, payload)).efeito())
                .isInstanceOf(Efeito.SoRegistro.class);
    }

    @Test
    void pixSemTxidApenasRegistrado() {
        String payload = """
                {"endToEndId":"E2","chave":"k","tipo":"SOLICITACAO","status":"REALIZADO","valor":"5.00",
                 "horario":"2020-12-21T13:40:34.000Z"}""";

        assertThat(interpretador.interpretar(evento(EfiWebhookController.TIPO_PIX_SEM_TXID, payload)).efeito())
                .isInstanceOf(Efeito.SoRegistro.class);
    }
}
