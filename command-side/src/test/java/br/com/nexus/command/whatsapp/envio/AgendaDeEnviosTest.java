package br.com.nexus.command.whatsapp.envio;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.TestData;
import br.com.nexus.command.boleto.BoletosEmMemoria;
import br.com.nexus.command.comum.HistoricoDeAgregados;
import br.com.nexus.command.whatsapp.BancoWhatsappDeTeste;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import br.com.nexus.command.whatsapp.WhatsappProperties;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class AgendaDeEnviosTest {

    private static final Instant AGORA = Instant.parse("2026-03-10T13:00:00Z");
    private static final String LOCAL = "documento_pdf:" + TestData.SHA256;

    private final JdbcTemplate jdbc = BancoWhatsappDeTeste.jdbcTemplate();
    private final BoletosEmMemoria boletos = new BoletosEmMemoria();
    private final WhatsappProperties propriedades = WhatsappProperties.padrao();
    private final AgendaDeEnvios agenda = new AgendaDeEnvios(
            new FilaDeEnvio(jdbc, BancoWhatsappDeTeste.transactionManager()), new ConfiguracoesEvolution(null),
            new HistoricoDeAgregados(boletos.eventStore()), new SinalDeEnvio(), propriedades);
    private final TenantId tenant = TenantId.novo();
    private final ClienteId cliente = ClienteId.novo();

    @Test
    void disparoQueAguardaOPdfFicaParaOFimDaEsperaEAdiantaQuandoOPdfChega() {
        BoletoId boleto = boletoGerado();
        BoletoId outro = boletoGerado();
        DisparoId disparo = solicitar(boleto, PdfAguardado.ANEXO);
        DisparoId doOutro = solicitar(outro, PdfAguardado.ANEXO);
        assertThat(agendadoPara(disparo)).isEqualTo(AGORA.plus(propriedades.esperaPdf()));

        Instant anexado = AGORA.plusSeconds(20);
        boletos.armazenar(boleto, pdf(boleto));
        agenda.on(pdf(boleto), anexado);

        assertThat(agendadoPara(disparo)).isEqualTo(anexado);
        assertThat(agendadoPara(doOutro)).isEqualTo(AGORA.plus(propriedades.esperaPdf()));
    }

    @Test
    void pdfQueChegouAntesDoEventoDoPedidoNaoFazEsperar() {
        BoletoId boleto = boletoGerado();
        boletos.armazenar(boleto, pdf(boleto));

        DisparoId disparo = solicitar(boleto, PdfAguardado.ANEXO);

        assertThat(agendadoPara(disparo)).isEqualTo(AGORA);
    }

    @Test
    void disparoComPdfOuSemAnexoSaiNaHora() {
        BoletoId boleto = boletoGerado();

        assertThat(agendadoPara(solicitar(boleto, LOCAL))).isEqualTo(AGORA);
        assertThat(agendadoPara(solicitar(boleto, null))).isEqualTo(AGORA);
    }

    private BoletoId boletoGerado() {
        BoletoId boleto = BoletoId.novo();
        boletos.armazenar(boleto, new BoletoRegistrado(boleto, tenant, cliente, OrigemBoleto.GERADO, null,
                TestData.LINHA, TestData.CODIGO, TestData.VALOR, TestData.VENCIMENTO, null, null, null));
        return boleto;
    }

    private BoletoPdfAnexado pdf(BoletoId boleto) {
        return new BoletoPdfAnexado(boleto, tenant, TestData.SHA256, 1024, LOCAL);
    }

    private DisparoId solicitar(BoletoId boleto, String anexo) {
        DisparoId disparo = DisparoId.novo();
        agenda.on(new DisparoSolicitado(disparo, tenant, boleto, cliente, "5511987654321", "Olá", anexo), AGORA);
        return disparo;
    }

    private Instant agendadoPara(DisparoId disparo) {
        return jdbc.queryForObject("SELECT agendado_para FROM whatsapp_envio WHERE disparo_id = ? AND tentativa = 1",
                Timestamp.class, disparo.valor()).toInstant();
    }
}
