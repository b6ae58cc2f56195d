package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A saga group has no dead-letter queue: its processor retries a failed event in place, in order,
 * and meanwhile the event is listed and counted with its attempts and error; it cannot be skipped
 * from the API. It leaves the listing once the cause is gone and the processor gets past it.
 */
class EventosTravadosEmSagasIT extends ApiIT {

    private static final String GRUPO = "cobranca-saga";
    private static final String RESTRICAO = "associacao_de_saga_envenenada";

    @Test
    void eventoQueASagaNaoAplicaFicaVisivelEnquantoOProcessadorTentaDeNovoEPassaQuandoACausaSome() {
        Empresa empresa = novaEmpresa();
        String plataforma = Autenticacao.tokenDoAdminInicial(url(""));
        String cliente = cadastrarCliente(empresa, DadosDaApi.cpf());
        envenenar(cliente);
        try {
            String boleto = registrarBoleto(empresa, cliente, "150.00");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(travados(plataforma, boleto)).singleElement()
                            .satisfies(e -> assertThat(e.path("tentativas").asInt()).isGreaterThanOrEqualTo(2)));
            JsonNode travado = travados(plataforma, boleto).get(0);
            assertThat(travado.path("tipoDoEvento").asText()).isEqualTo("BoletoRegistrado");
            assertThat(travado.path("situacao").asText()).isEqualTo("TRAVADO");
            assertThat(travado.path("erro").path("mensagem").asText()).contains(RESTRICAO);
            assertThat(travado.path("primeiraFalha").asText()).isNotBlank();
            assertThat(travado.path("ultimaFalha").asText()).isNotBlank();
            assertThat(sagasDoBoleto(boleto)).isZero();
            assertThat(medidaDeEventosComFalha(plataforma, GRUPO)).isGreaterThanOrEqualTo(1);
            String id = travado.path("id").asText();
            assertProblema(post("/api/admin/eventos-com-falha/" + id + "/reprocessamento", plataforma, null), 409,
                    "SAGA_TENTA_DE_NOVO_SOZINHA");
            assertProblema(delete("/api/admin/eventos-com-falha/" + id, plataforma), 409,
                    "SAGA_TENTA_DE_NOVO_SOZINHA");
            assertThat(get("/api/admin/eventos-com-falha/" + id, empresa.admin()).status()).isEqualTo(403);
            assertThat(get("/api/admin/eventos-com-falha/" + id, plataforma).json()
                    .path("grupo").asText()).isEqualTo(GRUPO);

            curar();
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(travados(plataforma, boleto)).isEmpty();
                assertThat(sagasDoBoleto(boleto)).isEqualTo(1);
            });
        } finally {
            curar();
        }
    }

    /** The saga that follows a boleto of this cliente cannot be stored: its association is refused. */
    private void envenenar(String cliente) {
        jdbc.execute("ALTER TABLE associationvalueentry ADD CONSTRAINT " + RESTRICAO
                + " CHECK (associationvalue IS DISTINCT FROM '" + cliente + "')");
    }

    private void curar() {
        jdbc.execute("ALTER TABLE associationvalueentry DROP CONSTRAINT IF EXISTS " + RESTRICAO);
    }

    private long sagasDoBoleto(String boleto) {
        return jdbc.queryForObject("SELECT count(*) FROM associationvalueentry WHERE associationvalue = ?",
                Long.class, boleto);
    }

    private List<JsonNode> travados(String plataforma, String boleto) {
        return eventosComFalha(plataforma, GRUPO, "agregadoId", boleto);
    }
}
