package br.com.nexus.app.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.seguranca.Papel;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenant's pacing as the fake Evolution API sees it: 500 dispatches queued at once for one
 * instance set to 50 ms between messages leave one by one, never closer than the gap (less the
 * millisecond of WireMock's clock and a little scheduling noise), each exactly once.
 */
class RitmoDaInstanciaIT extends CenarioWhatsapp {

    private static final Logger log = LoggerFactory.getLogger(RitmoDaInstanciaIT.class);
    private static final int DISPAROS = 500;
    private static final long INTERVALO_MS = 50;
    private static final long TOLERANCIA_MS = 5;

    @Test
    void quinhentosDisparosSaemEspacadosPeloIntervaloDaInstanciaCadaUmUmaVez() throws Exception {
        Empresa empresa = novaEmpresa(Map.of("intervaloMinimoSegundos", "0.05", "intervaloMaximoSegundos", "0.05",
                "pausaAposEnvios", "0"));
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Cliente do Lote");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String boletoId = novoBoleto(empresa, cliente, "10.00", "CANOPUS");

        List<String> disparos = solicitarEmParalelo(empresa, boletoId);

        String caminho = "/message/sendText/" + empresa.instancia();
        await().atMost(Duration.ofSeconds(DISPAROS * INTERVALO_MS / 1000 + 120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> chamadas("POST", caminho).size() >= DISPAROS);
        for (String disparoId : disparos) {
            await().atMost(ESPERA).until(() -> eventosDoTipo(disparoId, DisparoEnviado.class).size() == 1);
        }
        // Nothing more may arrive for a few intervals: no dispatch is sent twice.
        await().during(Duration.ofMillis(3 * INTERVALO_MS)).atMost(ESPERA)
                .until(() -> chamadas("POST", caminho).size() == DISPAROS);
        List<LoggedRequest> envios = chamadas("POST", caminho);
        assertThat(envios).hasSize(DISPAROS);
        assertThat(jdbc.queryForObject("""
                SELECT count(DISTINCT disparo_id) FROM whatsapp_envio
                 WHERE tenant_id = ? AND estado = 'ENVIADO'""", Integer.class, empresa.tenant().tenantId().valor()))
                .isEqualTo(DISPAROS);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM whatsapp_envio WHERE tenant_id = ? AND estado <> 'ENVIADO'""",
                Integer.class, empresa.tenant().tenantId().valor())).isZero();

        List<Long> instantes = envios.stream().map(r -> r.getLoggedDate().getTime()).sorted().toList();
        List<Long> intervalos = new ArrayList<>();
        for (int i = 1; i < instantes.size(); i++) {
            intervalos.add(instantes.get(i) - instantes.get(i - 1));
        }
        List<Long> ordenados = new ArrayList<>(intervalos);
        Collections.sort(ordenados);
        log.warn(String.format(Locale.ROOT, "%n== Ritmo de %d envios a uma instância (intervalo %d ms): intervalo "
                        + "mín %d ms, mediana %d ms, máx %d ms; total %.1f s%n", DISPAROS, INTERVALO_MS,
                ordenados.get(0), ordenados.get(ordenados.size() / 2), ordenados.get(ordenados.size() - 1),
                (instantes.get(instantes.size() - 1) - instantes.get(0)) / 1000.0));
        for (int i = 0; i < intervalos.size(); i++) {
            if (intervalos.get(i) < INTERVALO_MS - TOLERANCIA_MS) {
                log.warn("curto: {} ms após {} ms, antes de {} ms", intervalos.get(i), i > 0 ? intervalos.get(i - 1) : -1,
                        i + 1 < intervalos.size() ? intervalos.get(i + 1) : -1);
            }
        }
        assertThat(ordenados.get(0)).as("menor intervalo entre dois envios à instância")
                .isGreaterThanOrEqualTo(INTERVALO_MS - TOLERANCIA_MS);
    }

    @Test
    void intervaloAbaixoDoQueOEnvioSustentaEhRecusado() {
        Empresa empresa = novaEmpresa();
        Map<String, Object> corpo = Map.of("configuracao", Map.of("servidorUrl", evolution.baseUrl(),
                        "instancia", empresa.instancia(), "intervaloMinimoSegundos", "0.01",
                        "intervaloMaximoSegundos", "0.05"),
                "segredos", Map.of("apiKey", empresa.apiKey()));

        Resposta recusada = put("/api/integracoes/evolution", empresa.token(Papel.ADMIN), corpo);

        assertThat(recusada.status()).as(recusada.toString()).isEqualTo(422);
        assertThat(recusada.json().path("code").asText()).isEqualTo("INTERVALO_CURTO_DEMAIS");
        assertThat(recusada.json().path("detail").asText()).contains("intervaloMinimoSegundos").contains("0.02");
        assertThat(get("/api/integracoes/evolution", empresa.token(Papel.ADMIN)).json().path("configuracao")
                .path("intervaloMinimoSegundos").asText()).isEqualTo("0");
    }

    /** Eight callers at once, so the queue fills faster than the instance's pace lets it empty. */
    private List<String> solicitarEmParalelo(Empresa empresa, String boletoId) throws Exception {
        ExecutorService chamadores = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> pedidos = new ArrayList<>();
            for (int i = 0; i < DISPAROS; i++) {
                pedidos.add(chamadores.submit(() -> solicitarDisparo(empresa, boletoId, Map.of("semAnexo", true))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> pedido : pedidos) {
                ids.add(pedido.get());
            }
            return ids;
        } finally {
            chamadores.shutdownNow();
        }
    }
}
