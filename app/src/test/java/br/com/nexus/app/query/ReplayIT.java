package br.com.nexus.app.query;

import static br.com.nexus.app.query.HistoricoDeTeste.boletoRegistrado;
import static br.com.nexus.app.query.HistoricoDeTeste.leadCapturado;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.EventosGravados;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.RespostaWhatsappRecebida;
import br.com.nexus.kernel.cliente.WhatsappOptOutRegistrado;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoLido;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.download.ClienteDownloadConcluido;
import br.com.nexus.kernel.download.ContagemDownload;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ExecucaoDownloadIniciada;
import br.com.nexus.kernel.download.ResultadoDownload;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.LeadAgendado;
import br.com.nexus.kernel.lead.LeadContatado;
import br.com.nexus.kernel.lead.LeadConvertido;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.LeadPerdido;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rebuilding the read models from the event store gives back exactly what was there. */
class ReplayIT extends IntegrationTest {

    private static final List<String> GRUPOS = List.of("dashboard", "funil", "financeiro", "listas", "timeline",
            "cobranca");
    private static final List<String> TABELAS = List.of("consulta_lead", "consulta_cliente", "consulta_boleto",
            "consulta_disparo", "consulta_pagamento", "dashboard_tenant", "dashboard_boleto", "dashboard_disparo",
            "dashboard_cliente", "funil_lead", "financeiro_pagamento", "timeline_evento", "timeline_vinculo",
            "consulta_execucao_download", "consulta_execucao_cliente");

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry medidores;

    @Test
    void depoisDoReplayCadaTabelaDeLeituraFicaIdentica() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        historiaCompleta(empresa.tenantId());
        // The policies answer some of these events with events of their own (a refund reopens its
        // boleto): the story is told once the tenant's stream stops growing and the groups caught up.
        long[] eventos = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long agora = new EventosGravados(jdbc).mencionando(empresa.tenantId().toString());
            boolean parado = agora == eventos[0];
            eventos[0] = agora;
            return parado && emDia(empresa) && conteudo(empresa.tenantId()).values().stream().noneMatch(List::isEmpty);
        });
        Map<String, List<Map<String, Object>>> antes = conteudo(empresa.tenantId());
        estragar(empresa.tenantId());
        assertThat(conteudo(empresa.tenantId())).isNotEqualTo(antes);

        for (String grupo : GRUPOS) {
            Resposta replay = post("/api/admin/projecoes/" + grupo + "/replay", plataforma(), null);
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
            assertThat(replay.json().path("grupo").asText()).isEqualTo(grupo);
        }
        assertThat(get("/api/dashboard", empresa.token(Papel.OPERADOR)).status())
                .as("a API segue respondendo durante o replay").isEqualTo(200);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(emDia(empresa))
                .as(() -> get("/api/admin/projecoes", plataforma()).body()).isTrue());

        assertThat(conteudo(empresa.tenantId())).isEqualTo(antes);
        // A replay reads the whole stream again: the processors' metrics keep no per-event samples.
        List<String> nomes = medidores.getMeters().stream().map(m -> m.getId().getName()).distinct().toList();
        assertThat(nomes).contains("dashboard.latency", "dashboard.allTimer", "commandBus.allTimer")
                .noneMatch(nome -> nome.endsWith(".capacity") && !nome.startsWith("jvm."));
    }

    /**
     * An event committed after a newer one is seen by the processor as a gap being filled; its place
     * on the timeline is its own, as a replay (which reads the stream in order) will give it.
     */
    @Test
    void eventoGravadoDepoisDeUmMaisNovoGuardaSuaPropriaPosicao() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        HistoricoDeTeste h = new HistoricoDeTeste(eventStore);
        LeadId modelo = LeadId.novo();
        h.publicar("Lead", modelo, leadCapturado(empresa.tenantId(), modelo, "Paula Reis", OrigemLead.INSTAGRAM));
        LeadId atrasado = LeadId.novo();
        String eventoAtrasado = UUID.randomUUID().toString();
        try (Connection conexao = dataSource.getConnection()) {
            conexao.setAutoCommit(false);
            try (PreparedStatement copia = conexao.prepareStatement("""
                    INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                      payload, payloadrevision, payloadtype, timestamp)
                    SELECT ?, 0, type, ?, metadata, convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8'),
                      payloadrevision, payloadtype, timestamp
                    FROM domainevententry WHERE aggregateidentifier = ?""")) {
                copia.setString(1, atrasado.toString());
                copia.setString(2, eventoAtrasado);
                copia.setString(3, modelo.toString());
                copia.setString(4, atrasado.toString());
                copia.setString(5, modelo.toString());
                assertThat(copia.executeUpdate()).isEqualTo(1);
            }
            LeadId novo = LeadId.novo();
            h.publicar("Lead", novo, leadCapturado(empresa.tenantId(), novo, "Rui", OrigemLead.SITE));
            await().atMost(Duration.ofSeconds(30)).until(() -> naLinhaDoTempo(novo.toString()));
            conexao.commit();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> naLinhaDoTempo(atrasado.toString()));
        Long indice = jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE eventidentifier = ?",
                Long.class, eventoAtrasado);
        assertThat(jdbc.queryForObject("SELECT posicao FROM timeline_evento WHERE evento_id = ?", Long.class,
                eventoAtrasado)).isEqualTo(indice);
    }

    private boolean naLinhaDoTempo(String lead) {
        return jdbc.queryForObject("SELECT count(*) FROM timeline_evento WHERE lead_id = CAST(? AS UUID)",
                Integer.class, lead) > 0;
    }

    @Test
    void progressoDoReplayVisivelAPlataforma() {
        Resposta estado = get("/api/admin/projecoes/funil", plataforma());
        Resposta todas = get("/api/admin/projecoes", plataforma());

        assertThat(estado.status()).isEqualTo(200);
        assertThat(estado.json().path("executando").asBoolean()).isTrue();
        assertThat(estado.json().path("segmentos").size()).isPositive();
        assertThat(estado.json().path("posicaoFinal").asLong()).isPositive();
        assertThat(todas.json().size()).isEqualTo(GRUPOS.size());
    }

    @Test
    void soAPlataformaRefazProjecaoESoAsDeLeitura() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));

        Resposta admin = post("/api/admin/projecoes/funil/replay", empresa.token(Papel.ADMIN), null);
        Resposta operador = post("/api/admin/projecoes/dashboard/replay", empresa.token(Papel.OPERADOR), null);
        Resposta supervisor = get("/api/admin/projecoes/dashboard", empresa.token(Papel.SUPERVISOR));
        Resposta desconhecida = post("/api/admin/projecoes/inexistente/replay", plataforma(), null);
        Resposta politica = post("/api/admin/projecoes/pagamento-boleto/replay", plataforma(), null);

        assertThat(admin.status()).as("o ADMIN de uma empresa não apaga as leituras de todas").isEqualTo(403);
        assertThat(get("/api/admin/projecoes/funil", plataforma()).json().path("replay").asBoolean()).isFalse();
        assertThat(operador.status()).isEqualTo(403);
        assertThat(supervisor.status()).isEqualTo(403);
        assertThat(desconhecida.status()).isEqualTo(404);
        assertThat(desconhecida.json().path("code").asText()).isEqualTo("PROJECAO_NAO_ENCONTRADA");
        assertThat(politica.status()).as("efeitos colaterais nunca são refeitos").isEqualTo(404);
    }

    /** Damages every group's tables, so only a rebuild from the events can bring them back. */
    private void estragar(TenantId tenant) {
        jdbc.update("UPDATE dashboard_tenant SET boletos_total = boletos_total + 100 WHERE tenant_id = ?", tenant.valor());
        jdbc.update("UPDATE funil_lead SET etapa = 'PERDIDO' WHERE tenant_id = ?", tenant.valor());
        jdbc.update("DELETE FROM financeiro_pagamento WHERE tenant_id = ?", tenant.valor());
        jdbc.update("DELETE FROM consulta_boleto WHERE tenant_id = ?", tenant.valor());
        jdbc.update("DELETE FROM timeline_evento WHERE tenant_id = ?", tenant.valor());
    }

    private boolean emDia(TenantDeTeste empresa) {
        for (String grupo : GRUPOS) {
            JsonNode estado = get("/api/admin/projecoes/" + grupo, plataforma()).json();
            if (!estado.path("emDia").asBoolean() || estado.path("replay").asBoolean()
                    || estado.path("progresso").decimalValue().compareTo(java.math.BigDecimal.valueOf(100)) != 0) {
                return false;
            }
        }
        return true;
    }

    private Map<String, List<Map<String, Object>>> conteudo(TenantId tenant) {
        Map<String, List<Map<String, Object>>> tabelas = new LinkedHashMap<>();
        for (String tabela : TABELAS) {
            String ordem = tabela.equals("timeline_vinculo") || tabela.equals("consulta_execucao_cliente") ? "1, 2, 3"
                    : "1, 2";
            tabelas.put(tabela, jdbc.queryForList("SELECT * FROM " + tabela + " WHERE tenant_id = ? ORDER BY " + ordem,
                    tenant.valor()));
        }
        return tabelas;
    }

    /** Every kind of event the read models handle, for one tenant. */
    private void historiaCompleta(TenantId t) {
        HistoricoDeTeste h = new HistoricoDeTeste(eventStore);
        LeadId lead = LeadId.novo();
        ClienteId cliente = ClienteId.novo();
        h.publicar("Lead", lead, leadCapturado(t, lead, "Paula Reis", OrigemLead.INSTAGRAM));
        h.publicar("Lead", lead, new LeadContatado(lead, t, "ligação"));
        h.publicar("Lead", lead, new LeadAgendado(lead, t, Instant.parse("2026-03-10T14:00:00Z"), "Avaliação"));
        LeadId perdido = LeadId.novo();
        h.publicar("Lead", perdido, leadCapturado(t, perdido, "Rui", OrigemLead.SITE));
        h.publicar("Lead", perdido, new LeadPerdido(perdido, t, "sem orçamento", EtapaLead.CAPTURADO));
        // The cliente exists before the conversion, so the conversion policy finds it registered.
        h.publicar("Cliente", cliente, new ClienteCadastrado(cliente, t, HistoricoDeTeste.CPF, "Paula Reis",
                HistoricoDeTeste.WHATSAPP, null, null, null, lead));
        h.publicar("Lead", lead, new LeadConvertido(lead, t, cliente, HistoricoDeTeste.CPF, "Paula Reis",
                HistoricoDeTeste.TELEFONE, null));
        h.publicar("Cliente", cliente, new WhatsappOptOutRegistrado(cliente, t, "pediu"));

        // Due far ahead: the collection saga of each boleto (which marks one overdue by itself) has nothing
        // to do while this story is written, so every event of a boleto here is the test's own.
        BoletoId pago = BoletoId.novo();
        BoletoId vencido = BoletoId.novo();
        BoletoId cancelado = BoletoId.novo();
        h.publicar("Boleto", pago, boletoRegistrado(t, pago, cliente, 15_050, LocalDate.of(2040, 3, 10)));
        h.publicar("Boleto", vencido, boletoRegistrado(t, vencido, cliente, 20_000, LocalDate.of(2040, 2, 10)));
        h.publicar("Boleto", vencido, new BoletoVencido(vencido, t, LocalDate.of(2040, 2, 10)));
        h.publicar("Boleto", cancelado, boletoRegistrado(t, cancelado, cliente, 5_000, LocalDate.of(2040, 4, 10)));
        h.publicar("Boleto", cancelado, new BoletoCancelado(cancelado, t, "duplicado"));

        DisparoId lido = DisparoId.novo();
        h.publicar("Disparo", lido, new DisparoSolicitado(lido, t, pago, cliente, "5511987654321", "Boleto", null));
        h.publicar("Disparo", lido, new DisparoEnviado(lido, t, "3EB0", 1));
        h.publicar("Disparo", lido, new DisparoLido(lido, t));
        DisparoId abandonado = DisparoId.novo();
        h.publicar("Disparo", abandonado, new DisparoSolicitado(abandonado, t, vencido, cliente, "5511987654321",
                "Boleto", null));
        h.publicar("Disparo", abandonado, new DisparoFalhou(abandonado, t, "numero_sem_whatsapp", 1, false));
        h.publicar("Disparo", abandonado, new DisparoAbandonado(abandonado, t, "numero_sem_whatsapp"));

        PagamentoId pagamento = PagamentoId.novo();
        h.publicar("Pagamento", pagamento, new PagamentoCriado(pagamento, t, pago, cliente, Provedor.EFI, "txid1",
                Dinheiro.deCentavos(15_050), MetodoPagamento.PIX));
        h.publicar("Boleto", pago, new BoletoPago(pago, t, pagamento));
        h.publicar("Pagamento", pagamento, new PagamentoConfirmado(pagamento, t, pago, Dinheiro.deCentavos(15_050),
                LocalDate.of(2026, 3, 8), "e2e-1"));
        PagamentoId estornado = PagamentoId.novo();
        h.publicar("Pagamento", estornado, new PagamentoCriado(estornado, t, null, cliente, Provedor.MANUAL, null,
                Dinheiro.deCentavos(3_000), MetodoPagamento.DINHEIRO));
        h.publicar("Pagamento", estornado, new PagamentoConfirmado(estornado, t, null, Dinheiro.deCentavos(3_000),
                LocalDate.of(2026, 3, 9), "manual-1"));
        h.publicar("Pagamento", estornado, new PagamentoEstornado(estornado, t, null, Dinheiro.deCentavos(3_000),
                "devolvido", "manual-2"));
        h.publicar("Cliente", cliente, new RespostaWhatsappRecebida(cliente, t, "3EB0FF", "conversation", "Paguei",
                Instant.parse("2026-03-09T12:00:00Z")));

        ExecucaoDownloadId execucao = ExecucaoDownloadId.novo();
        h.publicar("ExecucaoDownload", execucao, new ExecucaoDownloadIniciada(execucao, t, "17.308", 2026, null, 2));
        h.publicar("ExecucaoDownload", execucao, new ClienteDownloadConcluido(execucao, t, cliente,
                ResultadoDownload.SUCESSO, null, "PAULA_REIS_MARCO.pdf", pago, null, 1, 2));
        h.publicar("ExecucaoDownload", execucao, new ClienteDownloadConcluido(execucao, t, ClienteId.novo(),
                ResultadoDownload.CPF_NAO_ENCONTRADO, "CPF desconhecido", null, null, null, 2, 2));
        h.publicar("ExecucaoDownload", execucao, new ExecucaoDownloadConcluida(execucao, t,
                SituacaoExecucaoDownload.CONCLUIDA, null, 2, new ContagemDownload(1, 0, 1, 0, 0)));
    }

    private String plataforma() {
        return Autenticacao.tokenDoAdminInicial(url(""));
    }
}
