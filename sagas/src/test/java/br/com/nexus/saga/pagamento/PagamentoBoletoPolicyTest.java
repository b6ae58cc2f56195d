package br.com.nexus.saga.pagamento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.boleto.BaixaDeBoletoRecusada;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.MarcarBoletoPagoCommand;
import br.com.nexus.kernel.boleto.RegistrarEstornoNoBoletoCommand;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.saga.DadosDeTeste;
import br.com.nexus.saga.DadosDeTeste.Barramentos;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagamentoBoletoPolicyTest {

    private final Barramentos barramentos = new Barramentos();
    private final PagamentoBoletoPolicy policy = new PagamentoBoletoPolicy(barramentos.despacho, barramentos.eventGateway);
    private final TenantId tenant = TenantId.novo();
    private final BoletoId boletoId = BoletoId.novo();
    private final PagamentoId pagamentoId = PagamentoId.novo();

    @AfterEach
    void encerrar() {
        barramentos.despacho.destroy();
    }

    @Test
    void pagamentoConfirmadoDeUmBoletoMarcaOBoletoComoPago() {
        policy.on(confirmado(boletoId));

        assertThat(barramentos.comandosEnviados())
                .containsExactly(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId, Dinheiro.parse("150.50")));
    }

    @Test
    void pagamentoSemBoletoNaoMexeEmBoleto() {
        policy.on(confirmado(null));

        assertThat(barramentos.comandosEnviados()).isEmpty();
    }

    @Test
    void boletoCanceladoViraBaixaRecusada() {
        barramentos.comandos.setCallbackBehavior((comando, metaData) -> {
            throw DadosDeTeste.recusa(ErrorKind.CONFLITO, "BOLETO_CANCELADO");
        });

        policy.on(confirmado(boletoId));

        assertThat(barramentos.eventosPublicados()).containsExactly(new BaixaDeBoletoRecusada(boletoId, tenant,
                pagamentoId, "BOLETO_CANCELADO", "Recusado: BOLETO_CANCELADO"));
    }

    @Test
    void falhaTecnicaSobeParaOProcessadorTentarDeNovo() {
        barramentos.comandos.setCallbackBehavior((comando, metaData) -> {
            throw DadosDeTeste.falhaTecnica();
        });

        assertThatThrownBy(() -> policy.on(confirmado(boletoId))).isInstanceOf(CommandExecutionException.class);
        assertThat(barramentos.eventosPublicados()).isEmpty();
    }

    @Test
    void estornoDeUmPagamentoDeBoletoERegistradoNoBoletoComOIdDoEvento() {
        PagamentoEstornado estornado = new PagamentoEstornado(pagamentoId, tenant, boletoId, Dinheiro.parse("150.50"),
                "Cliente desistiu", "manual-estorno:1", true);
        GenericEventMessage<PagamentoEstornado> mensagem = new GenericEventMessage<>(estornado);

        policy.on(estornado, mensagem);

        assertThat(barramentos.comandosEnviados()).containsExactly(new RegistrarEstornoNoBoletoCommand(boletoId, tenant,
                pagamentoId, mensagem.getIdentifier(), Dinheiro.parse("150.50"), true, "Cliente desistiu"));
    }

    @Test
    void estornoDePagamentoSemBoletoNaoMexeEmBoleto() {
        PagamentoEstornado estornado = new PagamentoEstornado(pagamentoId, tenant, null, Dinheiro.parse("10.00"),
                "x", null, false);

        policy.on(estornado, new GenericEventMessage<>(estornado));

        assertThat(barramentos.comandosEnviados()).isEmpty();
    }

    private PagamentoConfirmado confirmado(BoletoId boleto) {
        return new PagamentoConfirmado(pagamentoId, tenant, boleto, Dinheiro.parse("150.50"), LocalDate.of(2026, 11, 10),
                "manual:" + pagamentoId);
    }
}
