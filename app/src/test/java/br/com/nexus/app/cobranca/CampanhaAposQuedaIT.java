package br.com.nexus.app.cobranca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.cobranca.CadastroDeCobranca.Cliente;
import br.com.nexus.app.support.AplicacaoEmProcesso;
import br.com.nexus.kernel.cobranca.CalendarioDeCobranca;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A campaign of 200 boletos, each with one step due at once, killed with SIGKILL once a third of its
 * messages are out and every sending slot holds a message WhatsApp received but did not answer yet;
 * restarted on the same data. Every boleto ends with its step executed once and one dispatch, every
 * number gets exactly one message, and the sends in flight at the crash are not sent again but marked
 * {@code envio_interrompido} (possibly sent; check WhatsApp), by the API and by the event store alike.
 */
class CampanhaAposQuedaIT {

    private static final Logger log = LoggerFactory.getLogger(CampanhaAposQuedaIT.class);

    private static final int BOLETOS = 200;
    private static final int ENVIOS_SIMULTANEOS = 4;
    private static final Duration ATRASO_POR_ENVIO = Duration.ofMillis(150);
    /** Boletos due in five days; the campaign's step is D-5, due today from midnight on. */
    private static final int DIAS_ATE_O_VENCIMENTO = 5;
    private static final int ETAPA = -DIAS_ATE_O_VENCIMENTO;
    private static final Set<String> ENTREGUES = Set.of("ENVIADO", "ENTREGUE", "LIDO");
    private static final Set<String> FINAIS = Set.of("ENVIADO", "ENTREGUE", "LIDO", "FALHOU", "ABANDONADO");
    private static final String EVENTOS = "br.com.nexus.kernel.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private AplicacaoEmProcesso aplicacao;
    @AutoClose
    private EvolutionFalsa evolution;

    @Test
    void campanhaDerrubadaNoMeioTerminaComUmaMensagemPorBoletoEMarcaAsQueEstavamEmVoo() throws Exception {
        evolution = new EvolutionFalsa(ATRASO_POR_ENVIO);
        aplicacao = AplicacaoEmProcesso.novo(
                "--nexus.whatsapp.intervalo-varredura=100ms",
                "--nexus.whatsapp.envios-simultaneos=" + ENVIOS_SIMULTANEOS,
                // A send takes 150 ms here: one still marked in flight 15 s after it started was cut by the crash.
                "--nexus.whatsapp.envio-travado-apos=15s",
                // A deadline the dead JVM was running is run again 6 heartbeats later, not 3 minutes later.
                "--nexus.prazos.batimento=2s");
        aplicacao.iniciar();
        String admin = aplicacao.login();
        CadastroDeCobranca.integrarEvolution(aplicacao, admin, evolution);

        // Registered under a step four days ahead, so that nothing goes out while the 200 are registered.
        LocalDate vencimento = LocalDate.now(CalendarioDeCobranca.FUSO).plusDays(DIAS_ATE_O_VENCIMENTO);
        CadastroDeCobranca.definirRegua(aplicacao, admin, -1, LocalTime.MIDNIGHT, LocalTime.MAX);
        Map<String, Cliente> clientePorBoleto = new LinkedHashMap<>();
        for (int i = 0; i < BOLETOS; i++) {
            Cliente cliente = CadastroDeCobranca.novoCliente(aplicacao, admin, "Cliente " + i, 30_000_000 + i);
            clientePorBoleto.put(CadastroDeCobranca.novoBoleto(aplicacao, admin, cliente, vencimento), cliente);
        }
        assertThat(evolution.envios()).isEmpty();

        long inicio = System.nanoTime();
        CadastroDeCobranca.definirRegua(aplicacao, admin, ETAPA, LocalTime.MIDNIGHT, LocalTime.MAX);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(() -> evolution.envios().size() >= BOLETOS / 3);
        evolution.reterEnvios();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> evolution.numerosRetidos().size() == ENVIOS_SIMULTANEOS);
        Set<String> emVoo = evolution.numerosRetidos();
        aplicacao.matar();
        evolution.liberarEnvios();
        int mensagensAntes = evolution.envios().size();
        long prazosEmCurso = prazosDaSagaEmExecucao();

        aplicacao.iniciar();
        String token = aplicacao.login();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> resolvidos(token) == BOLETOS);
        Map<String, JsonNode> etapaPorBoleto = new HashMap<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String boleto : clientePorBoleto.keySet()) {
                Optional<JsonNode> etapa = CadastroDeCobranca.etapa(aplicacao, token, boleto, ETAPA);
                assertThat(etapa).as("etapa do boleto %s", boleto).isPresent();
                etapaPorBoleto.put(boleto, etapa.get());
            }
            assertThat(etapaPorBoleto.values()).allSatisfy(etapa -> {
                assertThat(etapa.path("situacao").asText()).isEqualTo("EXECUTADA");
                assertThat(etapa.path("statusDisparo").asText()).isIn(FINAIS);
            });
        });
        long segundos = Duration.ofNanos(System.nanoTime() - inicio).toSeconds();
        List<String> numeros = clientePorBoleto.values().stream().map(Cliente::telefone).toList();
        Set<String> interrompidos = etapaPorBoleto.entrySet().stream().filter(e -> interrompida(e.getValue()))
                .map(e -> clientePorBoleto.get(e.getKey()).telefone()).collect(Collectors.toSet());
        log.info("Campanha de {} boletos em {} s: {} mensagens antes da queda, {} depois, {} prazos da saga em "
                + "execução na queda, {} envios em voo (marcados envio_interrompido)", BOLETOS, segundos,
                mensagensAntes, evolution.envios().size() - mensagensAntes, prazosEmCurso, interrompidos.size());

        // The read side: one dispatch per boleto, sent, except those in flight at the crash, marked as such.
        assertThat(emVoo).hasSize(ENVIOS_SIMULTANEOS).isSubsetOf(numeros);
        assertThat(interrompidos).as("etapas marcadas envio_interrompido").isEqualTo(emVoo);
        assertThat(etapaPorBoleto).allSatisfy((boleto, etapa) -> {
            if (!emVoo.contains(clientePorBoleto.get(boleto).telefone())) {
                assertThat(etapa.path("statusDisparo").asText()).as(etapa.toString()).isIn(ENTREGUES);
            }
        });
        assertThat(etapaPorBoleto.values().stream().map(e -> e.path("disparoId").asText()).distinct())
                .hasSize(BOLETOS);
        JsonNode disparos = aplicacao.get("/api/disparos?size=" + BOLETOS, token);
        assertThat(disparos.path("total").asInt()).isEqualTo(BOLETOS);
        assertThat(disparos.path("items")).allSatisfy(disparo -> {
            String numero = clientePorBoleto.get(disparo.path("boletoId").asText()).telefone();
            assertThat(disparo.path("tentativas").asInt()).as(disparo.toString()).isEqualTo(1);
            if (emVoo.contains(numero)) {
                assertThat(disparo.path("status").asText()).as(disparo.toString()).isEqualTo("FALHOU");
                assertThat(disparo.path("ultimoErro").asText()).as(disparo.toString()).startsWith("envio_interrompido");
            } else {
                assertThat(disparo.path("status").asText()).as(disparo.toString()).isIn(ENTREGUES);
            }
        });

        // The event store: each step executed once; each dispatch sent once, or failed once as interrupted.
        assertThat(contar("cobranca.EtapaDeCobrancaExecutada", "boletoId")).hasSize(BOLETOS)
                .containsOnlyKeys(clientePorBoleto.keySet()).allSatisfy((boleto, vezes) ->
                        assertThat(vezes).as("EtapaDeCobrancaExecutada do boleto %s", boleto).isEqualTo(1));
        Map<String, String> boletoPorDisparo = etapaPorBoleto.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getValue().path("disparoId").asText(), Map.Entry::getKey));
        Map<String, Long> enviados = contar("disparo.DisparoEnviado", "disparoId");
        Map<String, Long> falhas = contar("disparo.DisparoFalhou", "disparoId");
        boletoPorDisparo.forEach((disparo, boleto) -> {
            boolean emVooNaQueda = emVoo.contains(clientePorBoleto.get(boleto).telefone());
            assertThat(enviados.getOrDefault(disparo, 0L)).as("DisparoEnviado de %s", disparo)
                    .isEqualTo(emVooNaQueda ? 0 : 1);
            assertThat(falhas.getOrDefault(disparo, 0L)).as("DisparoFalhou de %s", disparo)
                    .isEqualTo(emVooNaQueda ? 1 : 0);
        });

        // What WhatsApp got: one message per number, those in flight at the crash included, none sent again.
        Map<String, Long> mensagensPorNumero = evolution.envios().stream().map(EvolutionFalsa::numero)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(mensagensPorNumero.keySet()).containsExactlyInAnyOrderElementsOf(numeros);
        List<String> repetidos = mensagensPorNumero.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> CadastroDeCobranca.mascarado(e.getKey())).toList();
        assertThat(repetidos).as("números que receberam mais de uma mensagem").isEmpty();
    }

    /** Dispatches with a final outcome: sent (or beyond), or failed for good. */
    private int resolvidos(String token) {
        JsonNode pagina = aplicacao.get("/api/disparos?size=" + BOLETOS, token);
        int resolvidos = 0;
        for (JsonNode disparo : pagina.path("items")) {
            if (FINAIS.contains(disparo.path("status").asText())) {
                resolvidos++;
            }
        }
        return resolvidos;
    }

    private static boolean interrompida(JsonNode etapa) {
        return "FALHOU".equals(etapa.path("statusDisparo").asText())
                && etapa.path("erro").asText().startsWith("envio_interrompido");
    }

    /** The saga's deadlines the dead JVM had picked; its PostgreSQL outlives it until the restart. */
    private long prazosDaSagaEmExecucao() throws Exception {
        try (var banco = aplicacao.banco(); var consulta = banco.prepareStatement(
                "SELECT count(*) FROM scheduled_tasks WHERE task_name LIKE 'AxonDeadline%' AND picked");
                var linhas = consulta.executeQuery()) {
            linhas.next();
            return linhas.getLong(1);
        }
    }

    /** How many events of a type the event store holds, per value of one field of the payload. */
    private Map<String, Long> contar(String tipo, String campo) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (var banco = aplicacao.banco(); var consulta = banco.prepareStatement(
                "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE payloadtype = ?")) {
            consulta.setString(1, EVENTOS + tipo);
            try (var linhas = consulta.executeQuery()) {
                while (linhas.next()) {
                    payloads.add(linhas.getString(1));
                }
            }
        }
        Map<String, Long> vezes = new HashMap<>();
        for (String payload : payloads) {
            vezes.merge(JSON.readTree(payload).path(campo).asText(), 1L, Long::sum);
        }
        return vezes;
    }
}
