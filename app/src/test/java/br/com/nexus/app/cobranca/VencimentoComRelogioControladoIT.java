package br.com.nexus.app.cobranca;

import static br.com.nexus.app.cobranca.CadastroDeCobranca.etapa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.cobranca.CadastroDeCobranca.Cliente;
import br.com.nexus.app.support.AplicacaoEmProcesso;
import br.com.nexus.kernel.cobranca.CalendarioDeCobranca;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The overdue path on a calendar the test moves: a boleto due in a few days is left alone until its
 * day, gets the on-the-day message when that day comes, is marked overdue by the saga the day after
 * (no provider involved), gets its reminder two days after vencimento, and the cobrança ends when it
 * is paid. Nothing is steered through the vencimento: the application's clock (and its database's)
 * jumps forward, as days passing would move it, and every deadline falls due on its own.
 */
class VencimentoComRelogioControladoIT {

    private static final Duration ESPERA = Duration.ofSeconds(90);
    /** Long enough for a wrongly due step to have gone out on a busy machine. */
    private static final Duration SILENCIO = Duration.ofSeconds(8);

    @AutoClose
    private AplicacaoEmProcesso aplicacao;
    @AutoClose
    private EvolutionFalsa evolution;

    @Test
    void boletoQueVenceSemPagamentoEhLembradoNoDiaMarcadoVencidoCobradoDepoisEEncerradoAoSerPago()
            throws Exception {
        evolution = new EvolutionFalsa(Duration.ZERO);
        aplicacao = AplicacaoEmProcesso.comRelogioControlado();
        aplicacao.iniciar();
        String admin = aplicacao.login();
        CadastroDeCobranca.integrarEvolution(aplicacao, admin, evolution);
        definirRegua(admin);

        LocalDate hoje = LocalDate.now(CalendarioDeCobranca.FUSO);
        LocalDate vencimento = vencimentoSemFeriado(hoje.plusDays(2));
        long diasAteVencer = ChronoUnit.DAYS.between(hoje, vencimento);
        Cliente cliente = CadastroDeCobranca.novoCliente(aplicacao, admin, "Marta Nogueira", 40_404_040);
        String boleto = CadastroDeCobranca.novoBoleto(aplicacao, admin, cliente, vencimento);

        await().atMost(ESPERA).until(() -> etapa(aplicacao, admin, boleto, 0)
                .map(e -> e.path("situacao").asText().equals("PREVISTA")).orElse(false));
        await().during(SILENCIO).atMost(SILENCIO.plusSeconds(5)).until(() -> evolution.envios().isEmpty());
        assertThat(situacao(admin, boleto)).isEqualTo("PENDENTE");

        // The day of vencimento comes: its step goes out, and the boleto is not overdue yet.
        aplicacao.avancarRelogio(Duration.ofDays(diasAteVencer));
        String noDia = aplicacao.login();
        await().atMost(ESPERA).untilAsserted(() -> {
            JsonNode etapa = etapa(aplicacao, noDia, boleto, 0).orElseThrow();
            assertThat(etapa.path("situacao").asText()).isEqualTo("EXECUTADA");
            assertThat(etapa.path("statusDisparo").asText()).isEqualTo("ENVIADO");
        });
        assertThat(evolution.envios()).hasSize(1);
        assertThat(situacao(noDia, boleto)).isEqualTo("PENDENTE");
        assertThat(etapa(aplicacao, noDia, boleto, 2).orElseThrow().path("situacao").asText()).isEqualTo("PREVISTA");

        // Two days later: overdue since yesterday by the saga's own deadline, and reminded today.
        aplicacao.avancarRelogio(Duration.ofDays(2));
        String depois = aplicacao.login();
        await().atMost(ESPERA).untilAsserted(() -> {
            assertThat(situacao(depois, boleto)).isEqualTo("VENCIDO");
            JsonNode etapa = etapa(aplicacao, depois, boleto, 2).orElseThrow();
            assertThat(etapa.path("situacao").asText()).isEqualTo("EXECUTADA");
            assertThat(etapa.path("statusDisparo").asText()).isEqualTo("ENVIADO");
        });
        assertThat(evolution.envios()).hasSize(2)
                .allSatisfy(envio -> assertThat(EvolutionFalsa.numero(envio)).isEqualTo(cliente.telefone()));
        JsonNode historico = aplicacao.get("/api/auditoria/boleto/" + boleto + "/eventos", depois);
        JsonNode vencido = evento(historico, "BoletoVencido");
        assertThat(vencido.path("payload").path("vencimento").asText()).isEqualTo(vencimento.toString());
        assertThat(aplicacao.get("/api/pagamentos/provedores/eventos", depois).path("items"))
                .as("nenhum provedor avisou: o vencido veio do prazo da saga").isEmpty();

        aplicacao.enviar("POST", "/api/pagamentos", depois, Map.of("boletoId", boleto, "clienteId", cliente.id(),
                "valor", "150.00", "metodo", "PIX"), 201);
        await().atMost(ESPERA).untilAsserted(() -> {
            JsonNode regua = aplicacao.get("/api/boletos/" + boleto + "/regua", depois);
            assertThat(regua.path("situacao").asText()).isEqualTo("PAGO");
            assertThat(regua.path("cobranca").asText()).isEqualTo("ENCERRADA");
        });
        aplicacao.avancarRelogio(Duration.ofDays(10));
        await().during(SILENCIO).atMost(SILENCIO.plusSeconds(5)).until(() -> evolution.envios().size() == 2);
    }

    /** Steps on the day and two days after; sending all day, every day, with no spacing; overdue the day after. */
    private void definirRegua(String admin) {
        aplicacao.enviar("PUT", "/api/configuracoes/regua", admin, Map.of(
                "etapas", List.of(Map.of("nome", "Vence hoje", "diasRelativosAoVencimento", 0),
                        Map.of("nome", "Em atraso", "diasRelativosAoVencimento", 2)),
                "janelaInicio", LocalTime.MIN.toString(), "janelaFim", LocalTime.MAX.toString(),
                "somenteDiasUteis", false, "pularFeriados", false, "espacamentoMinimoHoras", 0,
                "diasParaVencido", 1), 200);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                aplicacao.get("/api/configuracoes/regua", admin).path("etapas").size() == 2);
    }

    /**
     * A vencimento on a business day followed by another, so that the boleto is overdue the very next
     * day (one due on a weekend or holiday may be paid on the next business day without being late).
     */
    private static LocalDate vencimentoSemFeriado(LocalDate aPartirDe) {
        LocalDate dia = aPartirDe;
        while (!CalendarioDeCobranca.diaUtil(dia) || !CalendarioDeCobranca.diaUtil(dia.plusDays(1))) {
            dia = dia.plusDays(1);
        }
        return dia;
    }

    private String situacao(String token, String boleto) {
        return aplicacao.get("/api/boletos/" + boleto, token).path("boleto").path("situacao").asText();
    }

    private static JsonNode evento(JsonNode historico, String tipo) {
        for (JsonNode evento : historico) {
            if (evento.path("tipo").asText().equals(tipo)) {
                return evento;
            }
        }
        throw new AssertionError("sem " + tipo + " em " + historico);
    }
}
