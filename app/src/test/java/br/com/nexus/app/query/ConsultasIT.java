package br.com.nexus.app.query;

import static br.com.nexus.app.query.HistoricoDeTeste.boletoRegistrado;
import static br.com.nexus.app.query.HistoricoDeTeste.clienteCadastrado;
import static br.com.nexus.app.query.HistoricoDeTeste.leadCapturado;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.lead.LeadContatado;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The query API over read models fed by the real event store and tracking processors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultasIT extends IntegrationTest {

    @Autowired
    EventStore eventStore;

    private TenantDeTeste empresa;
    private TenantDeTeste outra;
    private final ClienteId ana = ClienteId.novo();
    private final ClienteId bruno = ClienteId.novo();
    private final BoletoId pendente = BoletoId.novo();
    private final BoletoId vencido = BoletoId.novo();
    private final BoletoId pago = BoletoId.novo();
    private final BoletoId alheio = BoletoId.novo();
    private final DisparoId entregue = DisparoId.novo();
    private final DisparoId falhou = DisparoId.novo();
    private final PagamentoId pagamento = PagamentoId.novo();
    private final LeadId contatado = LeadId.novo();
    private final LeadId novo = LeadId.novo();

    @BeforeAll
    void historico() {
        empresa = Autenticacao.novoTenant(url(""));
        outra = Autenticacao.novoTenant(url(""));
        TenantId t = empresa.tenantId();
        HistoricoDeTeste h = new HistoricoDeTeste(eventStore);
        h.publicar("Cliente", ana, clienteCadastrado(t, ana, "Ana Souza"));
        h.publicar("Cliente", bruno, clienteCadastrado(t, bruno, "Bruno Lima"));
        h.publicar("Boleto", pendente, boletoRegistrado(t, pendente, ana, 15_050, LocalDate.of(2030, 3, 10)));
        h.publicar("Boleto", vencido, boletoRegistrado(t, vencido, ana, 20_000, LocalDate.of(2030, 2, 10)));
        h.publicar("Boleto", vencido, new BoletoVencido(vencido, t, LocalDate.of(2030, 2, 10)));
        h.publicar("Boleto", pago, boletoRegistrado(t, pago, bruno, 9_990, LocalDate.of(2030, 4, 10)));
        h.publicar("Pagamento", pagamento, new PagamentoCriado(pagamento, t, pago, bruno, Provedor.ASAAS, "pay_123",
                Dinheiro.deCentavos(9_990), MetodoPagamento.PIX));
        h.publicar("Boleto", pago, new BoletoPago(pago, t, pagamento));
        h.publicar("Pagamento", pagamento, new PagamentoConfirmado(pagamento, t, pago, Dinheiro.deCentavos(9_990),
                LocalDate.of(2030, 3, 5), "evt_1"));
        h.publicar("Disparo", entregue, new DisparoSolicitado(entregue, t, pendente, ana, "5511987654321", "Boleto",
                null));
        h.publicar("Disparo", entregue, new DisparoEnviado(entregue, t, "3EB0", 1));
        h.publicar("Disparo", entregue, new DisparoEntregue(entregue, t));
        h.publicar("Disparo", falhou, new DisparoSolicitado(falhou, t, vencido, ana, "5511987654321", "Boleto", null));
        h.publicar("Disparo", falhou, new DisparoFalhou(falhou, t, "numero_sem_whatsapp", 1, false));
        h.publicar("Lead", contatado, leadCapturado(t, contatado, "Carla Dias", OrigemLead.INSTAGRAM));
        h.publicar("Lead", contatado, new LeadContatado(contatado, t, "ligação"));
        h.publicar("Lead", novo, leadCapturado(t, novo, "Davi Reis", OrigemLead.SITE));
        ClienteId deOutra = ClienteId.novo();
        h.publicar("Cliente", deOutra, clienteCadastrado(outra.tenantId(), deOutra, "Outra Empresa"));
        h.publicar("Boleto", alheio, boletoRegistrado(outra.tenantId(), alheio, deOutra, 99_999,
                LocalDate.of(2030, 3, 10)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/api/dashboard", leitor()).json().path("disparos").path("erro").asLong()).isEqualTo(1);
            assertThat(get("/api/dashboard", leitor()).json().path("valores").path("pago").asText()).isEqualTo("99.90");
            assertThat(get("/api/clientes/" + ana + "/timeline", leitor()).json().path("eventos").size()).isEqualTo(9);
            assertThat(get("/api/leads?etapa=CONTATADO", leitor()).json().path("total").asLong()).isEqualTo(1);
            assertThat(get("/api/financeiro?de=2030-03-01&ate=2030-03-31", leitor()).json().path("receita").asText())
                    .isEqualTo("99.90");
            assertThat(get("/api/dashboard", outra.token(Papel.OPERADOR)).json().path("boletos").path("total").asLong())
                    .isEqualTo(1);
        });
    }

    @Test
    void painelMostraNumerosDoTenantComValoresEmReais() {
        JsonNode painel = get("/api/dashboard", empresa.token(Papel.OPERADOR)).json();

        assertThat(painel.path("boletos").path("total").asLong()).isEqualTo(3);
        assertThat(painel.path("boletos").path("pendentes").asLong()).isEqualTo(1);
        assertThat(painel.path("boletos").path("vencidos").asLong()).isEqualTo(1);
        assertThat(painel.path("boletos").path("pagos").asLong()).isEqualTo(1);
        assertThat(painel.path("boletos").path("enviados").asLong()).isEqualTo(1);
        assertThat(painel.path("valores").path("total").asText()).isEqualTo("450.40");
        assertThat(painel.path("valores").path("pendente").asText()).isEqualTo("350.50");
        assertThat(painel.path("disparos").path("total").asLong()).isEqualTo(2);
        assertThat(painel.path("disparos").path("entregues").asLong()).isEqualTo(1);
        assertThat(painel.path("taxaSucesso").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(painel.path("clientesUnicos").asLong()).isEqualTo(2);
        assertThat(painel.path("atualizadoEm").asText()).isNotBlank();
    }

    @Test
    void cadaTenantVeSoOsSeusNumeros() {
        JsonNode painel = get("/api/dashboard", outra.token(Papel.AUDITOR)).json();

        assertThat(painel.path("boletos").path("total").asLong()).isEqualTo(1);
        assertThat(painel.path("valores").path("total").asText()).isEqualTo("999.99");
    }

    @Test
    void semTokenNaoLeNada() {
        assertThat(get("/api/dashboard", null).status()).isEqualTo(401);
        assertThat(get("/api/boletos", null).status()).isEqualTo(401);
    }

    @Test
    void listaBoletosComFiltrosOrdenacaoEPaginas() {
        JsonNode vencidos = get("/api/boletos?situacao=VENCIDO", leitor()).json();
        JsonNode deAna = get("/api/boletos?clienteId=" + ana + "&sort=valor,desc", leitor()).json();
        JsonNode marco = get("/api/boletos?vencimentoDe=2030-03-01&vencimentoAte=2030-03-31", leitor()).json();
        JsonNode primeira = get("/api/boletos?size=2&sort=vencimento", leitor()).json();
        JsonNode segunda = get("/api/boletos?size=2&page=1&sort=vencimento", leitor()).json();

        assertThat(ids(vencidos)).containsExactly(vencido.toString());
        assertThat(vencidos.path("items").get(0).path("clienteNome").asText()).isEqualTo("Ana Souza");
        assertThat(deAna.path("items").get(0).path("valor").asText()).isEqualTo("200.00");
        assertThat(ids(deAna)).containsExactly(vencido.toString(), pendente.toString());
        assertThat(ids(marco)).containsExactly(pendente.toString());
        assertThat(primeira.path("total").asLong()).isEqualTo(3);
        assertThat(primeira.path("page").asInt()).isZero();
        assertThat(primeira.path("size").asInt()).isEqualTo(2);
        assertThat(ids(primeira)).containsExactly(vencido.toString(), pendente.toString());
        assertThat(ids(segunda)).containsExactly(pago.toString());
    }

    @Test
    void parametrosInvalidosSaoErroDoChamadorEmProblemJson() {
        Resposta grande = get("/api/boletos?size=201", leitor());
        Resposta ordenacao = get("/api/boletos?sort=cpf", leitor());
        Resposta situacao = get("/api/boletos?situacao=QUITADO", leitor());
        Resposta data = get("/api/boletos?vencimentoDe=31/12/2026", leitor());
        Resposta id = get("/api/boletos/nao-e-um-id", leitor());
        Resposta periodo = get("/api/financeiro?de=2030-03-31&ate=2030-03-01", leitor());

        assertThat(grande.status()).isEqualTo(400);
        assertThat(grande.contentType()).startsWith("application/problem+json");
        assertThat(grande.json().path("code").asText()).isEqualTo("REQUISICAO_INVALIDA");
        assertThat(ordenacao.status()).isEqualTo(400);
        assertThat(ordenacao.json().path("code").asText()).isEqualTo("ORDENACAO_INVALIDA");
        assertThat(situacao.status()).isEqualTo(400);
        assertThat(data.status()).isEqualTo(400);
        assertThat(id.status()).isEqualTo(400);
        assertThat(periodo.status()).isEqualTo(400);
        assertThat(periodo.json().path("code").asText()).isEqualTo("PERIODO_INVALIDO");
    }

    @Test
    void detalheDoBoletoTrazDisparosEPagamentos() {
        JsonNode boleto = get("/api/boletos/" + pago, leitor()).json();
        JsonNode comDisparo = get("/api/boletos/" + pendente, leitor()).json();

        assertThat(boleto.path("boleto").path("situacao").asText()).isEqualTo("PAGO");
        assertThat(boleto.path("boleto").path("pagamentoId").asText()).isEqualTo(pagamento.toString());
        assertThat(boleto.path("codigoBarras").asText()).hasSize(44);
        assertThat(boleto.path("pagamentos").get(0).path("valorPago").asText()).isEqualTo("99.90");
        assertThat(comDisparo.path("disparos").get(0).path("status").asText()).isEqualTo("ENTREGUE");
        assertThat(comDisparo.path("boleto").path("enviado").asBoolean()).isTrue();
    }

    @Test
    void idsDeOutroTenantRespondem404() {
        Resposta boleto = get("/api/boletos/" + alheio, leitor());
        Resposta cliente = get("/api/clientes/" + ana, outra.token(Papel.OPERADOR));
        Resposta timeline = get("/api/clientes/" + ana + "/timeline", outra.token(Papel.OPERADOR));

        assertThat(boleto.status()).isEqualTo(404);
        assertThat(boleto.json().path("code").asText()).isEqualTo("BOLETO_NAO_ENCONTRADO");
        assertThat(cliente.status()).isEqualTo(404);
        assertThat(cliente.json().path("code").asText()).isEqualTo("CLIENTE_NAO_ENCONTRADO");
        assertThat(timeline.status()).isEqualTo(404);
    }

    @Test
    void clientesListaMascaradaEDetalheComSaldoEmAberto() {
        JsonNode lista = get("/api/clientes?busca=souza", leitor()).json();
        JsonNode detalhe = get("/api/clientes/" + ana, leitor()).json();

        assertThat(lista.path("total").asLong()).isEqualTo(1);
        assertThat(lista.path("items").get(0).path("cpfMascarado").asText()).isEqualTo("***.444.777-**");
        assertThat(lista.toString()).doesNotContain("11144477735");
        assertThat(detalhe.path("cpf").asText()).isEqualTo("111.444.777-35");
        assertThat(detalhe.path("boletosEmAberto").asLong()).isEqualTo(2);
        assertThat(detalhe.path("valorEmAberto").asText()).isEqualTo("350.50");
    }

    @Test
    void timelineDoClienteEmOrdem() {
        JsonNode eventos = get("/api/clientes/" + ana + "/timeline", leitor()).json().path("eventos");

        List<String> tipos = new ArrayList<>();
        eventos.forEach(e -> tipos.add(e.path("tipo").asText()));
        assertThat(tipos).containsExactly("CLIENTE_CADASTRADO", "BOLETO_REGISTRADO", "BOLETO_REGISTRADO",
                "BOLETO_VENCIDO", "DISPARO_SOLICITADO", "DISPARO_ENVIADO", "DISPARO_ENTREGUE", "DISPARO_SOLICITADO",
                "DISPARO_FALHOU");
    }

    @Test
    void leadsDisparosEPagamentosListados() {
        JsonNode leads = get("/api/leads?origem=INSTAGRAM", leitor()).json();
        JsonNode disparos = get("/api/disparos?status=FALHOU", leitor()).json();
        JsonNode pagamentos = get("/api/pagamentos?metodo=PIX&pagoDe=2030-03-01&pagoAte=2030-03-31", leitor()).json();

        assertThat(leads.path("items").get(0).path("nome").asText()).isEqualTo("Carla Dias");
        assertThat(leads.path("items").get(0).path("etapa").asText()).isEqualTo("CONTATADO");
        assertThat(disparos.path("items").get(0).path("ultimoErro").asText()).isEqualTo("numero_sem_whatsapp");
        assertThat(pagamentos.path("items").get(0).path("status").asText()).isEqualTo("CONFIRMADO");
        assertThat(pagamentos.path("items").get(0).path("valor").asText()).isEqualTo("99.90");
    }

    @Test
    void funilEFinanceiroDoPeriodo() {
        JsonNode funil = get("/api/funil", leitor()).json();
        JsonNode financeiro = get("/api/financeiro?de=2030-03-01&ate=2030-03-31", leitor()).json();

        assertThat(funil.path("total").asLong()).isEqualTo(2);
        assertThat(funil.path("porEtapa").path("CONTATADO").asLong()).isEqualTo(1);
        assertThat(funil.path("conversoes").get(0).path("taxa").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(financeiro.path("receita").asText()).isEqualTo("99.90");
        assertThat(financeiro.path("porMetodo").get(0).path("metodo").asText()).isEqualTo("PIX");
        assertThat(financeiro.path("porDia").size()).isEqualTo(31);
    }

    private String leitor() {
        return empresa.token(Papel.AUDITOR);
    }

    private static List<String> ids(JsonNode pagina) {
        List<String> ids = new ArrayList<>();
        pagina.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
