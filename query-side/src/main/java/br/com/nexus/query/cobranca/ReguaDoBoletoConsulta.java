package br.com.nexus.query.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cobranca.BuscarReguaDeCobrancaQuery;
import br.com.nexus.kernel.cobranca.EtapaPlanejada;
import br.com.nexus.kernel.cobranca.EtapaRegua;
import br.com.nexus.kernel.cobranca.PlanejadorDeCobranca;
import br.com.nexus.kernel.cobranca.PlanoDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.consulta.cobranca.BuscarReguaDoBoletoQuery;
import br.com.nexus.kernel.consulta.cobranca.EtapaDoBoleto;
import br.com.nexus.kernel.consulta.cobranca.ReguaDoBoleto;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Sql;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A boleto's collection timeline: the steps the saga already handled (with their dispatch's outcome)
 * and, while the collection runs, the steps still to come planned by the same rules the saga follows.
 */
@Component
class ReguaDoBoletoConsulta {

    private final NamedParameterJdbcTemplate jdbc;
    private final CobrancaProjection cobranca;
    private final Clock clock;

    ReguaDoBoletoConsulta(NamedParameterJdbcTemplate jdbc, CobrancaProjection cobranca) {
        this.jdbc = jdbc;
        this.cobranca = cobranca;
        this.clock = Clock.systemUTC();
    }

    private record Boleto(UUID clienteId, LocalDate vencimento, SituacaoBoleto situacao) {
    }

    private record Andamento(String situacao, String motivo) {
    }

    @QueryHandler
    Optional<ReguaDoBoleto> handle(BuscarReguaDoBoletoQuery q) {
        Parametros chave = new Parametros("tenant", q.tenantId().valor());
        chave.addValue("boleto", q.boletoId().valor());
        Optional<Boleto> encontrado = jdbc.query("""
                SELECT cliente_id, vencimento, situacao FROM consulta_boleto
                WHERE tenant_id = :tenant AND boleto_id = :boleto""", chave,
                (rs, n) -> new Boleto(Sql.uuid(rs, "cliente_id"), Sql.data(rs, "vencimento"),
                        Sql.enumeracao(rs, "situacao", SituacaoBoleto.class))).stream().findFirst();
        if (encontrado.isEmpty()) {
            return Optional.empty();
        }
        Boleto boleto = encontrado.get();
        ReguaDeCobranca regua = cobranca.handle(new BuscarReguaDeCobrancaQuery(q.tenantId()));
        List<EtapaDoBoleto> etapas = new ArrayList<>(passadas(chave));
        Andamento andamento = andamento(chave, boleto);
        if ("ATIVA".equals(andamento.situacao())) {
            Set<Integer> tratadas = etapas.stream().map(EtapaDoBoleto::diasRelativosAoVencimento)
                    .collect(Collectors.toSet());
            PlanoDeCobranca plano = PlanejadorDeCobranca.planejar(regua, boleto.vencimento(), clock.instant(), tratadas,
                    ultimoEnvio(chave, boleto.clienteId()));
            plano.etapas().stream().map(ReguaDoBoletoConsulta::futura).forEach(etapas::add);
        }
        return Optional.of(new ReguaDoBoleto(q.boletoId(), boleto.vencimento(), boleto.situacao(),
                PlanejadorDeCobranca.vencidoEm(regua, boleto.vencimento()), andamento.situacao(), andamento.motivo(),
                etapas));
    }

    /** The plan a hypothetical boleto due on {@code vencimento} would follow under {@code regua}, as of now. */
    List<EtapaDoBoleto> simular(ReguaDeCobranca regua, LocalDate vencimento) {
        return PlanejadorDeCobranca.planejar(regua, vencimento, clock.instant(), Set.of(), null).etapas().stream()
                .map(ReguaDoBoletoConsulta::futura).toList();
    }

    Instant vencidoEm(ReguaDeCobranca regua, LocalDate vencimento) {
        return PlanejadorDeCobranca.vencidoEm(regua, vencimento);
    }

    private List<EtapaDoBoleto> passadas(Parametros chave) {
        return jdbc.query("""
                SELECT e.*, d.status AS status_disparo, d.ultimo_erro FROM consulta_etapa_cobranca e
                LEFT JOIN consulta_disparo d ON d.tenant_id = e.tenant_id AND d.disparo_id = e.disparo_id
                WHERE e.tenant_id = :tenant AND e.boleto_id = :boleto ORDER BY e.dias""", chave,
                (rs, n) -> {
                    int dias = rs.getInt("dias");
                    UUID disparo = Sql.uuid(rs, "disparo_id");
                    return new EtapaDoBoleto(rs.getString("nome"), dias, rotulo(dias), rs.getString("situacao"),
                            Sql.instante(rs, "em"), disparo == null ? null : new DisparoId(disparo),
                            rs.getString("status_disparo"), rs.getString("ultimo_erro"), rs.getString("codigo"),
                            rs.getString("motivo"));
                });
    }

    private Andamento andamento(Parametros chave, Boleto boleto) {
        if (boleto.situacao() == SituacaoBoleto.PAGO || boleto.situacao() == SituacaoBoleto.CANCELADO) {
            return new Andamento("ENCERRADA", boleto.situacao().name());
        }
        return jdbc.query("SELECT situacao, motivo FROM consulta_cobranca WHERE tenant_id = :tenant AND boleto_id = :boleto",
                        chave, (rs, n) -> new Andamento(rs.getString("situacao"), rs.getString("motivo")))
                .stream().findFirst().orElse(new Andamento("ATIVA", null));
    }

    private Instant ultimoEnvio(Parametros chave, UUID cliente) {
        if (cliente == null) {
            return null;
        }
        Parametros porCliente = new Parametros("tenant", chave.getValue("tenant"));
        porCliente.addValue("cliente", cliente);
        // max() answers one row, NULL while the cliente has had no message yet.
        return jdbc.query("""
                SELECT max(em) AS ultimo FROM consulta_etapa_cobranca
                WHERE tenant_id = :tenant AND cliente_id = :cliente AND situacao = 'EXECUTADA'""", porCliente,
                (rs, n) -> Sql.instante(rs, "ultimo")).stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static EtapaDoBoleto futura(EtapaPlanejada etapa) {
        return new EtapaDoBoleto(etapa.nome(), etapa.diasRelativosAoVencimento(),
                rotulo(etapa.diasRelativosAoVencimento()), etapa.situacao().name(), etapa.quando(), null, null, null,
                etapa.prevista() ? null : "ETAPA_PERDIDA", etapa.motivo());
    }

    private static String rotulo(int dias) {
        return new EtapaRegua(null, dias, null, true).rotulo();
    }
}
