package br.com.nexus.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.demo.semeadura.SemeaduraDaDemo;
import br.com.nexus.app.seguranca.UsuariosDeDemonstracao;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo as a newcomer meets it ({@code ./run.sh --demo}): seeded data, a WhatsApp dispatch read
 * through the Evolution simulator and our webhook, a payment confirmed through the Asaas simulator.
 * The one IT with a context of its own (profile {@code demo} over {@code test}, so its embedded
 * PostgreSQL is a throw-away one as well): the demo seeds a tenant at start-up, which the shared
 * context must never see. No other class uses this context, so it is closed right after this one
 * instead of lingering until the JVM exits.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles(profiles = {"demo", "test"}, inheritProfiles = false)
@TestPropertySource(properties = "nexus.demo.senha=" + DemonstracaoIT.SENHA)
class DemonstracaoIT extends IntegrationTest {

    static final String SENHA = "Senha-Da-Demo-123";
    private static final Duration ESPERA = Duration.ofSeconds(90);
    private static final ZoneId FUSO = ZoneId.of("America/Sao_Paulo");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SemeaduraDaDemo semeadura;

    private String auditor;
    private UUID tenant;

    @BeforeEach
    void entrarComoAuditor() {
        auditor = token(Papel.AUDITOR);
        tenant = jdbc.queryForObject("SELECT tenant_id FROM usuario WHERE email = ?", UUID.class,
                UsuariosDeDemonstracao.email(Papel.ADMIN));
    }

    @Test
    void criaUmUsuarioDeCadaPapel() {
        for (Papel papel : Papel.DA_EMPRESA) {
            assertThat(token(papel)).as(papel.name()).isNotBlank();
        }
        assertThat(jdbc.queryForList("SELECT papel FROM usuario WHERE tenant_id = ?", String.class, tenant))
                .containsExactlyInAnyOrder("ADMIN", "SUPERVISOR", "OPERADOR", "AUDITOR");
    }

    @Test
    void semeiaClientesLeadsEmVariasEtapasEBoletosEmTornoDeHoje() {
        await().atMost(ESPERA).untilAsserted(() -> {
            assertThat(get("/api/clientes?size=50", auditor).json().path("total").asLong()).isEqualTo(7);
            assertThat(etapas()).containsExactlyInAnyOrder("CAPTURADO", "CAPTURADO", "CONTATADO", "QUALIFICADO",
                    "AGENDADO", "PERDIDO", "CONVERTIDO");
        });
        List<JsonNode> boletos = itens(get("/api/boletos?size=50", auditor).json());
        LocalDate hoje = LocalDate.now(FUSO);
        assertThat(boletos).hasSize(7).allSatisfy(b -> {
            LinhaDigitavel linha = LinhaDigitavel.of(b.path("linhaDigitavel").asText());
            LocalDate vencimento = LocalDate.parse(b.path("vencimento").asText());
            assertThat(linha.codigoBarras().venceEm(vencimento)).isTrue();
            assertThat(linha.codigoBarras().valor()).isEqualTo(Dinheiro.parse(b.path("valor").asText()));
            assertThat(vencimento).isBetween(hoje.minusDays(45), hoje.plusDays(10));
        });
        assertThat(vencimentos(boletos, v -> v.isEqual(hoje))).isEqualTo(1);
        assertThat(vencimentos(boletos, v -> v.isAfter(hoje))).isEqualTo(3);
        assertThat(vencimentos(boletos, v -> v.isBefore(hoje))).isEqualTo(3);
        assertThat(itens(get("/api/clientes?size=50", auditor).json()))
                .allSatisfy(c -> assertThat(c.path("whatsapp").asText()).matches("\\+?55 ?11 ?9.*"));
    }

    @Test
    void registraADemoNaTrilhaDeAuditoriaComoObraDoAdministradorDaDemo() {
        await().atMost(ESPERA).until(() -> get("/api/clientes?size=1", auditor).json().path("total").asLong() > 0);
        String cliente = itens(get("/api/clientes?size=1", auditor).json()).get(0).path("id").asText();

        JsonNode eventos = get("/api/auditoria/cliente/" + cliente + "/eventos", auditor).json();

        assertThat(eventos.get(0).path("tipo").asText()).isEqualTo("ClienteCadastrado");
        assertThat(eventos.get(0).path("metadata").path("email").asText())
                .isEqualTo(UsuariosDeDemonstracao.email(Papel.ADMIN));
        assertThat(eventos.get(0).path("metadata").path("papel").asText()).isEqualTo("ADMIN");
    }

    @Test
    void disparoChegaALidoPeloSimuladorDaEvolutionEPeloNossoWebhook() {
        await().atMost(ESPERA).untilAsserted(() -> {
            // The régua's steps due now: D-3 of the boleto due in 3 days, D0 of today's, D+1 and D+7 of the past-due ones.
            List<JsonNode> lidos = itens(get("/api/disparos?status=LIDO", auditor).json());
            assertThat(lidos).hasSize(4);
            assertThat(lidos).allSatisfy(lido -> {
                assertThat(lido.path("providerMessageId").asText()).startsWith("3EB0");
                assertThat(lido.path("entregueEm").isNull()).isFalse();
            });
        });
        assertThat(jdbc.queryForList("""
                SELECT status FROM whatsapp_status_recebido WHERE tenant_id = ? AND aplicado AND resultado = 'aplicado'
                ORDER BY recebido_em""", String.class, tenant)).containsOnly("DELIVERY_ACK", "READ").hasSize(8);
    }

    @Test
    void pagamentoEConfirmadoPeloWebhookDoSimuladorDoAsaas() {
        await().atMost(ESPERA).untilAsserted(() -> {
            List<JsonNode> confirmados = itens(get("/api/pagamentos?provedor=ASAAS&status=CONFIRMADO", auditor).json());
            assertThat(confirmados).hasSize(1);
            assertThat(confirmados.get(0).path("valorPago").asText()).isEqualTo("1250.00");
            String boleto = confirmados.get(0).path("boletoId").asText();
            assertThat(get("/api/boletos/" + boleto, auditor).json().path("boleto").path("situacao").asText())
                    .isEqualTo("PAGO");
        });
        assertThat(jdbc.queryForList("SELECT tipo FROM pagamento_evento_provedor WHERE tenant_id = ?", String.class,
                tenant)).containsExactly("PAYMENT_RECEIVED");
        await().atMost(ESPERA).untilAsserted(() -> {
            JsonNode painel = get("/api/dashboard", auditor).json();
            assertThat(painel.path("boletos").path("pagos").asLong()).isEqualTo(2);
            assertThat(painel.path("boletos").path("vencidos").asLong()).isEqualTo(2);
            assertThat(painel.path("disparos").path("lidos").asLong()).isEqualTo(4);
        });
    }

    @Test
    void simuladoresSeApresentamComoSimuladosERecusamQuemNaoSeIdentifica() {
        Resposta semChave = get("/simulador/evolution/instance/connectionState/demo-horizonte", null);
        Resposta instanciaDesconhecida = get("/simulador/evolution/instance/connectionState/outra", null);
        Resposta asaasSemChave = get("/simulador/asaas/v3/customers?cpfCnpj=11144477735", null);

        assertThat(semChave.status()).isEqualTo(401);
        assertThat(semChave.header("X-Nexus-Simulado")).isEqualTo("true");
        assertThat(semChave.json().path("simulado").asBoolean()).isTrue();
        assertThat(instanciaDesconhecida.status()).isEqualTo(404);
        assertThat(instanciaDesconhecida.json().path("response").path("message").get(0).asText())
                .isEqualTo("The \"outra\" instance does not exist");
        assertThat(asaasSemChave.status()).isEqualTo(401);
        assertThat(asaasSemChave.header("X-Nexus-Simulado")).isEqualTo("true");
        assertThat(asaasSemChave.json().path("errors").get(0).path("code").asText()).isEqualTo("invalid_access_token");
    }

    @Test
    void reiniciarNaoSemeiaDeNovo() {
        await().atMost(ESPERA).until(() -> get("/api/clientes?size=1", auditor).json().path("total").asLong() == 7);
        long eventos = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%Cadastrado'"
                + " OR payloadtype LIKE '%Registrado' OR payloadtype LIKE '%Capturado'", Long.class);

        semeadura.semear();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM usuario WHERE tenant_id = ?", Long.class, tenant))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%Cadastrado'"
                + " OR payloadtype LIKE '%Registrado' OR payloadtype LIKE '%Capturado'", Long.class)).isEqualTo(eventos);
    }

    private String token(Papel papel) {
        return Autenticacao.accessToken(url(""), UsuariosDeDemonstracao.email(papel), SENHA);
    }

    private List<String> etapas() {
        return itens(get("/api/leads?size=50", auditor).json()).stream().map(l -> l.path("etapa").asText()).toList();
    }

    private static long vencimentos(List<JsonNode> boletos, Predicate<LocalDate> filtro) {
        return boletos.stream().map(b -> LocalDate.parse(b.path("vencimento").asText())).filter(filtro).count();
    }

    private static List<JsonNode> itens(JsonNode pagina) {
        return new ArrayList<>(StreamSupport.stream(pagina.path("items").spliterator(), false).toList());
    }
}
