package br.com.nexus.app.cobranca;

import static br.com.nexus.app.cobranca.CadastroDeCobranca.etapa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.cobranca.CadastroDeCobranca.Cliente;
import br.com.nexus.app.support.AplicacaoEmProcesso;
import br.com.nexus.kernel.cobranca.CalendarioDeCobranca;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A step of the régua is a persistent deadline: scheduled before a graceful stop and due while the
 * service is down (or just after it is back), it fires once the service is up again, and only once.
 */
class PrazoSobreviveAoReinicioIT {

    /**
     * From the régua being set to the step being due: enough to register the boleto and stop the service
     * gracefully on a busy machine (about 10 s when idle), short enough to fall within the restart.
     */
    private static final Duration ANTECEDENCIA = Duration.ofSeconds(45);
    /** How long, at least, the step may still go out the same day (the window ends at midnight): covers the restart. */
    private static final Duration MARGEM = Duration.ofMinutes(3);
    /** Axon's deadlines among db-scheduler's tasks (the others are recurring jobs). */
    private static final String PRAZOS_DA_SAGA = "task_name LIKE 'AxonDeadline%'";

    @AutoClose
    private AplicacaoEmProcesso aplicacao;
    @AutoClose
    private EvolutionFalsa evolution;

    @Test
    void etapaAgendadaAntesDeUmaParadaSaiUmaVezDepoisDoReinicio() throws Exception {
        evolution = new EvolutionFalsa(Duration.ZERO);
        aplicacao = AplicacaoEmProcesso.novo();
        aplicacao.iniciar();
        String admin = aplicacao.login();
        CadastroDeCobranca.integrarEvolution(aplicacao, admin, evolution);

        ZonedDateTime alvo = momentoDaEtapa(Instant.now().plus(ANTECEDENCIA));
        LocalTime inicio = alvo.toLocalTime();
        CadastroDeCobranca.definirRegua(aplicacao, admin, 0, inicio, LocalTime.MAX);
        Cliente cliente = CadastroDeCobranca.novoCliente(aplicacao, admin, "Cliente do Prazo", 40_000_001);
        String boleto = CadastroDeCobranca.novoBoleto(aplicacao, admin, cliente, alvo.toLocalDate());
        await().atMost(Duration.ofSeconds(30)).until(() -> prazosEm(alvo.toInstant()) == 1);

        aplicacao.parar();
        assertThat(Instant.now()).as("a parada terminou antes de a etapa vencer").isBefore(alvo.toInstant());
        assertThat(evolution.envios()).isEmpty();

        aplicacao.iniciar();
        String token = aplicacao.login();
        Duration ateAEtapa = Duration.between(Instant.now(), alvo.toInstant());
        Duration limite = MARGEM.plus(ateAEtapa.isNegative() ? Duration.ZERO : ateAEtapa);
        await().atMost(limite).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Optional<JsonNode> etapa = etapa(aplicacao, token, boleto, 0);
            assertThat(etapa).isPresent();
            assertThat(etapa.get().path("situacao").asText()).isEqualTo("EXECUTADA");
            assertThat(etapa.get().path("statusDisparo").asText()).isEqualTo("ENVIADO");
        });
        // Nothing left due: no second run of the step can follow.
        await().atMost(Duration.ofSeconds(30)).until(() -> prazosVencidos() == 0);
        assertThat(evolution.envios()).hasSize(1);
        assertThat(EvolutionFalsa.destino(evolution.envios().get(0))).startsWith(cliente.telefone());
        assertThat(CadastroDeCobranca.etapasExecutadas(aplicacao, boleto)).isEqualTo(1);
        JsonNode disparos = aplicacao.get("/api/disparos?boletoId=" + boleto, token);
        assertThat(disparos.path("total").asInt()).isEqualTo(1);
        assertThat(disparos.path("items").get(0).path("status").asText()).isEqualTo("ENVIADO");
    }

    /**
     * The step's moment, in São Paulo, to the second: just after {@code cedo}, unless that leaves less
     * than {@link #MARGEM} before midnight, when the window closes; then the next midnight.
     */
    private static ZonedDateTime momentoDaEtapa(Instant cedo) {
        ZonedDateTime local = cedo.atZone(CalendarioDeCobranca.FUSO).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        if (local.toLocalTime().isAfter(LocalTime.MAX.minus(MARGEM))) {
            return local.toLocalDate().plusDays(1).atStartOfDay(CalendarioDeCobranca.FUSO);
        }
        return local;
    }

    /** Deadlines scheduled for {@code instante} (the step's; the overdue deadline is days later). */
    private long prazosEm(Instant instante) throws Exception {
        try (var banco = aplicacao.banco();
                var consulta = banco.prepareStatement(
                        "SELECT count(*) FROM scheduled_tasks WHERE " + PRAZOS_DA_SAGA + " AND execution_time = ?")) {
            consulta.setTimestamp(1, Timestamp.from(instante));
            try (var linhas = consulta.executeQuery()) {
                linhas.next();
                return linhas.getLong(1);
            }
        }
    }

    private long prazosVencidos() throws Exception {
        try (var banco = aplicacao.banco(); var consulta = banco.prepareStatement(
                "SELECT count(*) FROM scheduled_tasks WHERE " + PRAZOS_DA_SAGA + " AND execution_time <= now()");
                var linhas = consulta.executeQuery()) {
            linhas.next();
            return linhas.getLong(1);
        }
    }
}
