package br.com.nexus.query.timeline;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.EstornoNoBoletoRegistrado;
import br.com.nexus.kernel.cobranca.CobrancaInterrompida;
import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.cliente.ClienteInativado;
import br.com.nexus.kernel.cliente.RespostaWhatsappRecebida;
import br.com.nexus.kernel.cliente.WhatsappOptInRegistrado;
import br.com.nexus.kernel.cliente.WhatsappOptOutRegistrado;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.cliente.BuscarTimelineClienteQuery;
import br.com.nexus.kernel.consulta.cliente.EventoTimeline;
import br.com.nexus.kernel.consulta.cliente.TimelineCliente;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoLido;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.lead.LeadAgendado;
import br.com.nexus.kernel.lead.LeadCapturado;
import br.com.nexus.kernel.lead.LeadContatado;
import br.com.nexus.kernel.lead.LeadConvertido;
import br.com.nexus.kernel.lead.LeadPerdido;
import br.com.nexus.kernel.lead.LeadQualificado;
import br.com.nexus.kernel.lead.LeadReaberto;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.kernel.pagamento.PagamentoRecusado;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every interaction with a cliente, in order: its lead's steps, its own changes, its boletos, their
 * dispatches and payments. Each event is stored once under its event id; events that name only
 * their own aggregate find the cliente through {@code timeline_vinculo}.
 */
@Component
@ProcessingGroup(Grupos.TIMELINE)
public class TimelineProjection {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> DETALHES = new TypeReference<>() {
    };
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NamedParameterJdbcTemplate jdbc;

    public TimelineProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LeadCapturado e, EventMessage<?> m) {
        lead(e.tenantId(), e.leadId().valor(), m, "LEAD_CAPTURADO",
                "Lead capturado" + (e.origem() == null ? "" : " via " + e.origem().name()),
                detalhes("nome", e.nome(), "origem", Sql.nome(e.origem()), "interesse", e.interesse(),
                        "telefone", e.telefone() == null ? null : e.telefone().mascarado()));
    }

    @EventHandler
    void on(LeadContatado e, EventMessage<?> m) {
        lead(e.tenantId(), e.leadId().valor(), m, "LEAD_CONTATADO", "Primeiro contato com o lead",
                detalhes("observacao", e.observacao()));
    }

    @EventHandler
    void on(LeadQualificado e, EventMessage<?> m) {
        lead(e.tenantId(), e.leadId().valor(), m, "LEAD_QUALIFICADO", "Lead qualificado",
                detalhes("observacao", e.observacao()));
    }

    @EventHandler
    void on(LeadAgendado e, EventMessage<?> m) {
        lead(e.tenantId(), e.leadId().valor(), m, "LEAD_AGENDADO",
                "Agendamento" + (e.procedimento() == null ? "" : " de " + e.procedimento()),
                detalhes("dataHora", e.dataHora() == null ? null : e.dataHora().toString(),
                        "procedimento", e.procedimento()));
    }

    @EventHandler
    void on(LeadConvertido e, EventMessage<?> m) {
        vincular(e.tenantId(), "LEAD", e.leadId().valor(), e.clienteId());
        registrar(e.tenantId(), m, e.clienteId().valor(), e.leadId().valor(), "LEAD_CONVERTIDO",
                "Lead convertido em cliente", "LEAD", e.leadId().valor(), detalhes("clienteId", e.clienteId().toString()));
    }

    @EventHandler
    void on(LeadPerdido e, EventMessage<?> m) {
        lead(e.tenantId(), e.leadId().valor(), m, "LEAD_PERDIDO", "Lead perdido" + motivo(e.motivo()),
                detalhes("motivo", e.motivo(), "etapaAnterior", Sql.nome(e.etapaAnterior())));
    }

    @EventHandler
    void on(LeadReaberto e, EventMessage<?> m) {
        lead(e.tenantId(), e.leadId().valor(), m, "LEAD_REABERTO", "Lead reaberto" + motivo(e.motivo()),
                detalhes("motivo", e.motivo(), "etapa", Sql.nome(e.etapa())));
    }

    @EventHandler
    void on(ClienteCadastrado e, EventMessage<?> m) {
        vincular(e.tenantId(), "CLIENTE", e.clienteId().valor(), e.clienteId());
        if (e.leadOrigem() != null) {
            vincular(e.tenantId(), "LEAD", e.leadOrigem().valor(), e.clienteId());
        }
        cliente(e.tenantId(), e.clienteId(), m, "CLIENTE_CADASTRADO", "Cliente cadastrado",
                detalhes("nome", e.nome(), "leadOrigem", e.leadOrigem() == null ? null : e.leadOrigem().toString()));
    }

    @EventHandler
    void on(ClienteImportado e, EventMessage<?> m) {
        vincular(e.tenantId(), "CLIENTE", e.clienteId().valor(), e.clienteId());
        cliente(e.tenantId(), e.clienteId(), m, "CLIENTE_IMPORTADO", "Cliente importado de planilha",
                detalhes("nome", e.nome()));
    }

    @EventHandler
    void on(ClienteAtualizado e, EventMessage<?> m) {
        cliente(e.tenantId(), e.clienteId(), m, "CLIENTE_ATUALIZADO", "Dados do cliente atualizados",
                detalhes("nome", e.nome()));
    }

    @EventHandler
    void on(WhatsappOptOutRegistrado e, EventMessage<?> m) {
        cliente(e.tenantId(), e.clienteId(), m, "WHATSAPP_OPT_OUT",
                "Cliente pediu para não receber WhatsApp" + motivo(e.motivo()), detalhes("motivo", e.motivo()));
    }

    @EventHandler
    void on(WhatsappOptInRegistrado e, EventMessage<?> m) {
        cliente(e.tenantId(), e.clienteId(), m, "WHATSAPP_OPT_IN", "Cliente voltou a aceitar WhatsApp", detalhes());
    }

    @EventHandler
    void on(ClienteInativado e, EventMessage<?> m) {
        cliente(e.tenantId(), e.clienteId(), m, "CLIENTE_INATIVADO", "Cliente inativado" + motivo(e.motivo()),
                detalhes("motivo", e.motivo()));
    }

    @EventHandler
    void on(RespostaWhatsappRecebida e, EventMessage<?> m) {
        cliente(e.tenantId(), e.clienteId(), m, "RESPOSTA_WHATSAPP",
                e.texto() == null || e.texto().isBlank() ? "Cliente respondeu pelo WhatsApp"
                        : "Cliente respondeu pelo WhatsApp: " + e.texto(),
                detalhes("tipo", e.tipo(), "texto", e.texto(),
                        "recebidaEm", e.recebidaEm() == null ? null : e.recebidaEm().toString()));
    }

    @EventHandler
    void on(BoletoRegistrado e, EventMessage<?> m) {
        if (e.clienteId() != null) {
            vincular(e.tenantId(), "BOLETO", e.boletoId().valor(), e.clienteId());
        }
        String vencimento = e.vencimento() == null ? null : e.vencimento().format(DATA);
        entidade(e.tenantId(), m, "BOLETO", e.boletoId().valor(), "BOLETO_REGISTRADO",
                "Boleto de " + formatado(e.valor()) + (vencimento == null ? "" : " com vencimento em " + vencimento)
                        + " registrado",
                detalhes("valor", texto(e.valor()), "vencimento", e.vencimento() == null ? null : e.vencimento().toString(),
                        "origem", Sql.nome(e.origem()), "parcela", e.parcela() == null ? null : e.parcela().toString(),
                        "referencia", e.referencia() == null ? null : e.referencia().toString()));
    }

    @EventHandler
    void on(BoletoPdfAnexado e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "BOLETO", e.boletoId().valor(), "BOLETO_PDF_ANEXADO", "PDF do boleto anexado",
                detalhes("sha256", e.sha256()));
    }

    @EventHandler
    void on(BoletoVencido e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "BOLETO", e.boletoId().valor(), "BOLETO_VENCIDO", "Boleto venceu sem pagamento",
                detalhes("vencimento", e.vencimento() == null ? null : e.vencimento().toString()));
    }

    @EventHandler
    void on(BoletoPago e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "BOLETO", e.boletoId().valor(), "BOLETO_PAGO", "Boleto pago",
                detalhes("pagamentoId", e.pagamentoId() == null ? null : e.pagamentoId().toString()));
    }

    @EventHandler
    void on(BoletoPagoParcialmente e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "BOLETO", e.boletoId().valor(), "BOLETO_PAGO_PARCIALMENTE",
                "Boleto pago em parte; saldo de " + e.saldo().formatado(),
                detalhes("pagamentoId", e.pagamentoId().toString(), "valorPago", e.valorPago().toString(),
                        "saldo", e.saldo().toString()));
    }

    @EventHandler
    void on(BoletoReaberto e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "BOLETO", e.boletoId().valor(), "BOLETO_REABERTO",
                "Boleto reaberto: o pagamento foi estornado" + motivo(e.motivo()),
                detalhes("pagamentoId", e.pagamentoId().toString(), "saldo", e.saldo().toString(), "motivo",
                        e.motivo()));
    }

    @EventHandler
    void on(EstornoNoBoletoRegistrado e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "BOLETO", e.boletoId().valor(), "BOLETO_ESTORNO_PARCIAL",
                "Estorno de " + e.valorEstornado().formatado() + " num pagamento do boleto" + motivo(e.motivo()),
                detalhes("pagamentoId", e.pagamentoId().toString(), "valorEstornado", e.valorEstornado().toString(),
                        "valorRecebido", e.valorRecebido().toString()));
    }

    @EventHandler
    void on(CobrancaInterrompida e, EventMessage<?> m) {
        registrar(e.tenantId(), m, e.clienteId().valor(), null, "COBRANCA_INTERROMPIDA",
                "Cobrança por WhatsApp interrompida: " + e.motivo(), "BOLETO", e.boletoId().valor(),
                detalhes("motivo", e.motivo()));
    }

    @EventHandler
    void on(BoletoCancelado e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "BOLETO", e.boletoId().valor(), "BOLETO_CANCELADO",
                "Boleto cancelado" + motivo(e.motivo()), detalhes("motivo", e.motivo()));
    }

    @EventHandler
    void on(DisparoSolicitado e, EventMessage<?> m) {
        ClienteId cliente = e.clienteId() != null ? e.clienteId()
                : e.boletoId() == null ? null : clienteDe(e.tenantId(), "BOLETO", e.boletoId().valor());
        if (cliente != null) {
            vincular(e.tenantId(), "DISPARO", e.disparoId().valor(), cliente);
        }
        entidade(e.tenantId(), m, "DISPARO", e.disparoId().valor(), "DISPARO_SOLICITADO",
                "Envio por WhatsApp solicitado",
                detalhes("boletoId", e.boletoId() == null ? null : e.boletoId().toString(),
                        "destino", mascarar(e.destino())));
    }

    @EventHandler
    void on(DisparoEnviado e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "DISPARO", e.disparoId().valor(), "DISPARO_ENVIADO",
                "Mensagem enviada pelo WhatsApp (tentativa " + e.tentativa() + ")",
                detalhes("tentativa", String.valueOf(e.tentativa())));
    }

    @EventHandler
    void on(DisparoFalhou e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "DISPARO", e.disparoId().valor(), "DISPARO_FALHOU",
                "Falha no envio (tentativa " + e.tentativa() + ")" + motivo(e.erro()),
                detalhes("erro", e.erro(), "tentativa", String.valueOf(e.tentativa()),
                        "retentavel", String.valueOf(e.retentavel())));
    }

    @EventHandler
    void on(DisparoEntregue e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "DISPARO", e.disparoId().valor(), "DISPARO_ENTREGUE", "Mensagem entregue", detalhes());
    }

    @EventHandler
    void on(DisparoLido e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "DISPARO", e.disparoId().valor(), "DISPARO_LIDO", "Mensagem lida", detalhes());
    }

    @EventHandler
    void on(DisparoAbandonado e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "DISPARO", e.disparoId().valor(), "DISPARO_ABANDONADO",
                "Envio abandonado" + motivo(e.motivo()), detalhes("motivo", e.motivo()));
    }

    @EventHandler
    void on(PagamentoCriado e, EventMessage<?> m) {
        ClienteId cliente = e.clienteId() != null ? e.clienteId()
                : e.boletoId() == null ? null : clienteDe(e.tenantId(), "BOLETO", e.boletoId().valor());
        if (cliente != null) {
            vincular(e.tenantId(), "PAGAMENTO", e.pagamentoId().valor(), cliente);
        }
        entidade(e.tenantId(), m, "PAGAMENTO", e.pagamentoId().valor(), "PAGAMENTO_CRIADO",
                "Cobrança de " + formatado(e.valor()) + (e.metodo() == null ? "" : " por " + e.metodo().name())
                        + " aberta",
                detalhes("valor", texto(e.valor()), "metodo", Sql.nome(e.metodo()), "provedor", Sql.nome(e.provedor()),
                        "boletoId", e.boletoId() == null ? null : e.boletoId().toString()));
    }

    @EventHandler
    void on(PagamentoConfirmado e, EventMessage<?> m) {
        if (e.boletoId() != null) {
            ClienteId cliente = clienteDe(e.tenantId(), "BOLETO", e.boletoId().valor());
            if (cliente != null) {
                vincular(e.tenantId(), "PAGAMENTO", e.pagamentoId().valor(), cliente);
            }
        }
        entidade(e.tenantId(), m, "PAGAMENTO", e.pagamentoId().valor(), "PAGAMENTO_CONFIRMADO",
                "Pagamento de " + formatado(e.valorPago()) + " confirmado",
                detalhes("valorPago", texto(e.valorPago()),
                        "dataPagamento", e.dataPagamento() == null ? null : e.dataPagamento().toString()));
    }

    @EventHandler
    void on(PagamentoRecusado e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "PAGAMENTO", e.pagamentoId().valor(), "PAGAMENTO_RECUSADO",
                "Pagamento recusado" + motivo(e.motivo()), detalhes("motivo", e.motivo()));
    }

    @EventHandler
    void on(PagamentoEstornado e, EventMessage<?> m) {
        entidade(e.tenantId(), m, "PAGAMENTO", e.pagamentoId().valor(), "PAGAMENTO_ESTORNADO",
                "Pagamento estornado: " + formatado(e.valor()) + motivo(e.motivo()),
                detalhes("valor", texto(e.valor()), "motivo", e.motivo()));
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE timeline_evento, timeline_vinculo");
    }

    @QueryHandler
    Optional<TimelineCliente> handle(BuscarTimelineClienteQuery q) {
        MapSqlParameterSource chave = new Parametros("tenant", q.tenantId().valor())
                .addValue("cliente", q.clienteId().valor());
        if (clienteDe(q.tenantId(), "CLIENTE", q.clienteId().valor()) == null) {
            return Optional.empty();
        }
        List<EventoTimeline> eventos = jdbc.query("""
                SELECT * FROM timeline_evento
                WHERE tenant_id = :tenant AND (cliente_id = :cliente OR lead_id IN (
                  SELECT entidade_id FROM timeline_vinculo
                  WHERE tenant_id = :tenant AND tipo = 'LEAD' AND cliente_id = :cliente))
                ORDER BY ocorrido_em, posicao NULLS LAST, evento_id""", chave,
                (rs, n) -> new EventoTimeline(Sql.instante(rs, "ocorrido_em"), rs.getString("tipo"),
                        rs.getString("descricao"), rs.getString("referencia_tipo"), rs.getString("referencia_id"),
                        lerDetalhes(rs.getString("detalhes"))));
        return Optional.of(new TimelineCliente(q.clienteId(), eventos));
    }

    private void lead(TenantId tenant, UUID lead, EventMessage<?> m, String tipo, String descricao,
            Map<String, String> detalhes) {
        registrar(tenant, m, null, lead, tipo, descricao, "LEAD", lead, detalhes);
    }

    private void cliente(TenantId tenant, ClienteId cliente, EventMessage<?> m, String tipo, String descricao,
            Map<String, String> detalhes) {
        registrar(tenant, m, cliente.valor(), null, tipo, descricao, "CLIENTE", cliente.valor(), detalhes);
    }

    private void entidade(TenantId tenant, EventMessage<?> m, String referenciaTipo, UUID referencia, String tipo,
            String descricao, Map<String, String> detalhes) {
        registrar(tenant, m, null, null, tipo, descricao, referenciaTipo, referencia, detalhes);
    }

    /**
     * Stores the event once; without an explicit cliente, the one linked to the reference (if any).
     *
     * <p>Its position is the event's own index in the JDBC event store: a gap-aware token only estimates
     * it (an event committed after a newer one carries the newer one's index), so live processing and a
     * replay would order such events differently. With Axon Server that table is empty and the token, a
     * global sequence that is never estimated, is used.
     */
    private void registrar(TenantId tenant, EventMessage<?> mensagem, UUID cliente, UUID lead, String tipo,
            String descricao, String referenciaTipo, UUID referencia, Map<String, String> detalhes) {
        Origem origem = Origem.de(mensagem);
        jdbc.update("""
                INSERT INTO timeline_evento (tenant_id, evento_id, cliente_id, lead_id, ocorrido_em, posicao, tipo,
                  descricao, referencia_tipo, referencia_id, detalhes)
                VALUES (:tenant, :evento,
                  COALESCE(CAST(:cliente AS UUID), (SELECT v.cliente_id FROM timeline_vinculo v
                    WHERE v.tenant_id = :tenant AND v.tipo = :referenciaTipo AND v.entidade_id = :referencia)),
                  :lead, :em, COALESCE((SELECT globalindex FROM domainevententry WHERE eventidentifier = :evento),
                  :posicao), :tipo, :descricao, :referenciaTipo, :referenciaTexto, CAST(:detalhes AS JSONB))
                ON CONFLICT (tenant_id, evento_id) DO NOTHING""",
                new Parametros("tenant", tenant.valor())
                        .addValue("evento", origem.eventoId())
                        .addValue("cliente", cliente, Types.OTHER)
                        .addValue("lead", lead, Types.OTHER)
                        .addValue("em", Sql.instante(origem.ocorridoEm()))
                        .addValue("posicao", origem.posicao(), Types.BIGINT)
                        .addValue("tipo", tipo)
                        .addValue("descricao", descricao)
                        .addValue("referenciaTipo", referenciaTipo)
                        .addValue("referencia", referencia)
                        .addValue("referenciaTexto", referencia.toString())
                        .addValue("detalhes", escreverDetalhes(detalhes)));
    }

    private void vincular(TenantId tenant, String tipo, UUID entidade, ClienteId cliente) {
        jdbc.update("""
                INSERT INTO timeline_vinculo (tenant_id, tipo, entidade_id, cliente_id)
                VALUES (:tenant, :tipo, :entidade, :cliente) ON CONFLICT DO NOTHING""",
                new Parametros("tenant", tenant.valor())
                        .addValue("tipo", tipo)
                        .addValue("entidade", entidade)
                        .addValue("cliente", cliente.valor()));
    }

    private ClienteId clienteDe(TenantId tenant, String tipo, UUID entidade) {
        List<UUID> clientes = jdbc.queryForList("""
                SELECT cliente_id FROM timeline_vinculo
                WHERE tenant_id = :tenant AND tipo = :tipo AND entidade_id = :entidade""",
                new Parametros("tenant", tenant.valor()).addValue("tipo", tipo).addValue("entidade", entidade),
                UUID.class);
        return clientes.isEmpty() ? null : new ClienteId(clientes.get(0));
    }

    /** Pairs of key and value; null values are left out. */
    private static Map<String, String> detalhes(String... chavesEValores) {
        Map<String, String> mapa = new LinkedHashMap<>();
        for (int i = 0; i + 1 < chavesEValores.length; i += 2) {
            if (chavesEValores[i + 1] != null) {
                mapa.put(chavesEValores[i], chavesEValores[i + 1]);
            }
        }
        return mapa;
    }

    private static String escreverDetalhes(Map<String, String> detalhes) {
        try {
            return JSON.writeValueAsString(detalhes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> lerDetalhes(String json) {
        try {
            return JSON.readValue(json, DETALHES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String motivo(String motivo) {
        return motivo == null || motivo.isBlank() ? "" : ": " + motivo;
    }

    private static String texto(Dinheiro valor) {
        return valor == null ? null : valor.toString();
    }

    private static String formatado(Dinheiro valor) {
        return valor == null ? "valor desconhecido" : valor.formatado();
    }

    /** Keeps the last four digits of a phone or WhatsApp id, like the rest of the system does. */
    private static String mascarar(String destino) {
        if (destino == null) {
            return null;
        }
        String digitos = destino.replaceAll("\\D", "");
        return digitos.length() <= 4 ? "****" : "****" + digitos.substring(digitos.length() - 4);
    }
}
