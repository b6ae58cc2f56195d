package br.com.nexus.query.cliente;

import static br.com.nexus.query.comum.Sql.NOVA_VERSAO;
import static br.com.nexus.query.comum.Sql.VERSAO_MAIS_NOVA;

import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.cliente.ClienteInativado;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.cliente.WhatsappOptInRegistrado;
import br.com.nexus.kernel.cliente.WhatsappOptOutRegistrado;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.consulta.cliente.BuscarClienteQuery;
import br.com.nexus.kernel.consulta.cliente.ClienteDetalhe;
import br.com.nexus.kernel.consulta.cliente.ClienteResumo;
import br.com.nexus.kernel.consulta.cliente.ListarClientesQuery;
import br.com.nexus.kernel.consulta.cliente.PaginaDeClientes;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.query.comum.ConsultaDeLista;
import br.com.nexus.query.comum.Mascaras;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Sql;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The list and detail of clientes: one row per cliente in {@code consulta_cliente}. */
@Component
@ProcessingGroup(Grupos.LISTAS)
public class ClientesProjection {

    static final Map<String, String> ORDENACOES = Map.of(
            "nome", "t.nome",
            "cadastradoEm", "t.cadastrado_em",
            "atualizadoEm", "t.atualizado_em");
    private static final Ordenacao PADRAO = new Ordenacao("nome", false);

    private static final String CADASTRO = """
            INSERT INTO consulta_cliente (tenant_id, cliente_id, cpf, nome, whatsapp, email, logradouro, numero,
              complemento, bairro, cidade, uf, cep, grupo, cota, contrato, consultor, ponto_de_venda, lead_origem,
              importado, cadastrado_em, atualizado_em, versao)
            VALUES (:tenant, :cliente, :cpf, :nome, :whatsapp, :email, :logradouro, :numero, :complemento, :bairro,
              :cidade, :uf, :cep, :grupo, :cota, :contrato, :consultor, :pontoDeVenda, :leadOrigem, :importado,
              :em, :em, COALESCE(CAST(:versao AS BIGINT), 0))
            ON CONFLICT (tenant_id, cliente_id) DO NOTHING""";

    private static final RowMapper<ClienteResumo> RESUMO = (rs, n) -> new ClienteResumo(
            new ClienteId(Sql.uuid(rs, "cliente_id")),
            rs.getString("nome"),
            Mascaras.cpf(rs.getString("cpf")),
            rs.getString("whatsapp"),
            rs.getString("email"),
            rs.getString("ponto_de_venda"),
            rs.getString("consultor"),
            rs.getString("grupo"),
            rs.getString("cota"),
            rs.getBoolean("ativo"),
            rs.getBoolean("whatsapp_opt_out"),
            Sql.instante(rs, "cadastrado_em"),
            Sql.instante(rs, "atualizado_em"));

    private static final RowMapper<ClienteDetalhe> DETALHE = (rs, n) -> new ClienteDetalhe(
            new ClienteId(Sql.uuid(rs, "cliente_id")),
            cpfFormatado(rs.getString("cpf")),
            rs.getString("nome"),
            rs.getString("whatsapp"),
            rs.getString("email"),
            new Endereco(rs.getString("logradouro"), rs.getString("numero"), rs.getString("complemento"),
                    rs.getString("bairro"), rs.getString("cidade"), rs.getString("uf"), rs.getString("cep")),
            new DadosConsorcio(rs.getString("grupo"), rs.getString("cota"), rs.getString("contrato"),
                    rs.getString("consultor"), rs.getString("ponto_de_venda")),
            Sql.id(rs, "lead_origem", LeadId::new),
            rs.getBoolean("importado"),
            rs.getBoolean("ativo"),
            rs.getString("motivo_inativacao"),
            rs.getBoolean("whatsapp_opt_out"),
            rs.getLong("boletos"),
            rs.getLong("boletos_em_aberto"),
            Dinheiro.deCentavos(rs.getLong("valor_em_aberto")),
            Sql.instante(rs, "cadastrado_em"),
            Sql.instante(rs, "atualizado_em"));

    private final NamedParameterJdbcTemplate jdbc;
    private final QueryUpdateEmitter atualizacoes;

    public ClientesProjection(NamedParameterJdbcTemplate jdbc, QueryUpdateEmitter atualizacoes) {
        this.jdbc = jdbc;
        this.atualizacoes = atualizacoes;
    }

    @EventHandler
    void on(ClienteCadastrado e, EventMessage<?> mensagem) {
        jdbc.update(CADASTRO, dados(e.tenantId().valor(), e.clienteId(), Origem.de(mensagem), e.nome(), e.whatsapp(),
                e.email(), e.endereco(), e.consorcio())
                .addValue("cpf", e.cpf() == null ? null : e.cpf().numero())
                .addValue("leadOrigem", e.leadOrigem() == null ? null : e.leadOrigem().valor())
                .addValue("importado", false));
    }

    @EventHandler
    void on(ClienteImportado e, EventMessage<?> mensagem) {
        jdbc.update(CADASTRO, dados(e.tenantId().valor(), e.clienteId(), Origem.de(mensagem), e.nome(), e.whatsapp(),
                e.email(), e.endereco(), e.consorcio())
                .addValue("cpf", e.cpf() == null ? null : e.cpf().numero())
                .addValue("leadOrigem", null)
                .addValue("importado", true));
    }

    @EventHandler
    void on(ClienteAtualizado e, EventMessage<?> mensagem) {
        atualizar("""
                nome = :nome, whatsapp = :whatsapp, email = :email, logradouro = :logradouro, numero = :numero,
                complemento = :complemento, bairro = :bairro, cidade = :cidade, uf = :uf, cep = :cep, grupo = :grupo,
                cota = :cota, contrato = :contrato, consultor = :consultor, ponto_de_venda = :pontoDeVenda""",
                dados(e.tenantId().valor(), e.clienteId(), Origem.de(mensagem), e.nome(), e.whatsapp(), e.email(),
                        e.endereco(), e.consorcio()));
    }

    @EventHandler
    void on(WhatsappOptOutRegistrado e, EventMessage<?> mensagem) {
        atualizar("whatsapp_opt_out = TRUE", parametros(e.tenantId().valor(), e.clienteId(), Origem.de(mensagem)));
        avisarAcompanhantes(e.tenantId(), e.clienteId());
    }

    @EventHandler
    void on(WhatsappOptInRegistrado e, EventMessage<?> mensagem) {
        atualizar("whatsapp_opt_out = FALSE", parametros(e.tenantId().valor(), e.clienteId(), Origem.de(mensagem)));
        avisarAcompanhantes(e.tenantId(), e.clienteId());
    }

    @EventHandler
    void on(ClienteInativado e, EventMessage<?> mensagem) {
        atualizar("ativo = FALSE, motivo_inativacao = :motivo",
                parametros(e.tenantId().valor(), e.clienteId(), Origem.de(mensagem)).addValue("motivo", e.motivo()));
    }

    /**
     * Sends whoever follows this cliente's detail (a page waiting for its own change to show) the row
     * as it now is; Axon delivers it once the processor's transaction commits.
     */
    private void avisarAcompanhantes(TenantId tenant, ClienteId cliente) {
        BuscarClienteQuery consulta = new BuscarClienteQuery(tenant, cliente);
        for (SubscriptionQueryMessage<?, ?, ?> assinatura : atualizacoes.activeSubscriptions()) {
            if (consulta.equals(assinatura.getPayload())) {
                handle(consulta).ifPresent(detalhe -> atualizacoes.emit(BuscarClienteQuery.class, consulta::equals,
                        detalhe));
                return;
            }
        }
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE consulta_cliente");
    }

    @QueryHandler
    PaginaDeClientes handle(ListarClientesQuery q) {
        ConsultaDeLista consulta = new ConsultaDeLista("consulta_cliente", q.tenantId().valor())
                .filtro("t.ponto_de_venda = :pontoDeVenda", "pontoDeVenda", vazioComoNulo(q.pontoDeVenda()))
                .filtro("t.consultor = :consultor", "consultor", vazioComoNulo(q.consultor()))
                .filtro("t.ativo = :ativo", "ativo", q.ativo())
                .busca(q.busca(), List.of("t.nome", "t.email"), "(t.cpf || ' ' || coalesce(t.whatsapp, ''))");
        List<ClienteResumo> itens = consulta.pagina(jdbc, "t.* FROM consulta_cliente t", ORDENACOES, q.ordenacao(),
                PADRAO, "t.cliente_id", q.page(), q.size(), RESUMO);
        return new PaginaDeClientes(itens, q.page(), q.size(), consulta.contar(jdbc));
    }

    @QueryHandler
    Optional<ClienteDetalhe> handle(BuscarClienteQuery q) {
        List<ClienteDetalhe> encontrados = jdbc.query("""
                SELECT t.*,
                  (SELECT count(*) FROM consulta_boleto b
                    WHERE b.tenant_id = t.tenant_id AND b.cliente_id = t.cliente_id) AS boletos,
                  (SELECT count(*) FROM consulta_boleto b
                    WHERE b.tenant_id = t.tenant_id AND b.cliente_id = t.cliente_id
                      AND b.situacao IN ('PENDENTE', 'VENCIDO')) AS boletos_em_aberto,
                  (SELECT coalesce(sum(b.valor_centavos), 0) FROM consulta_boleto b
                    WHERE b.tenant_id = t.tenant_id AND b.cliente_id = t.cliente_id
                      AND b.situacao IN ('PENDENTE', 'VENCIDO')) AS valor_em_aberto
                FROM consulta_cliente t WHERE t.tenant_id = :tenant AND t.cliente_id = :cliente""",
                new Parametros("tenant", q.tenantId().valor()).addValue("cliente", q.clienteId().valor()),
                DETALHE);
        return encontrados.stream().findFirst();
    }

    private void atualizar(String atribuicoes, MapSqlParameterSource parametros) {
        jdbc.update("UPDATE consulta_cliente SET " + atribuicoes + ", atualizado_em = :em, " + NOVA_VERSAO
                + " WHERE tenant_id = :tenant AND cliente_id = :cliente AND " + VERSAO_MAIS_NOVA, parametros);
    }

    private static MapSqlParameterSource parametros(UUID tenant, ClienteId cliente, Origem origem) {
        return Sql.parametros(tenant, origem).addValue("cliente", cliente.valor());
    }

    private static MapSqlParameterSource dados(UUID tenant, ClienteId cliente, Origem origem, String nome,
            TelefoneWhatsapp whatsapp, String email, Endereco endereco, DadosConsorcio consorcio) {
        Endereco e = endereco == null ? new Endereco(null, null, null, null, null, null, null) : endereco;
        DadosConsorcio c = consorcio == null ? new DadosConsorcio(null, null, null, null, null) : consorcio;
        return parametros(tenant, cliente, origem)
                .addValue("nome", nome)
                .addValue("whatsapp", whatsapp == null ? null : whatsapp.e164())
                .addValue("email", email)
                .addValue("logradouro", e.logradouro())
                .addValue("numero", e.numero())
                .addValue("complemento", e.complemento())
                .addValue("bairro", e.bairro())
                .addValue("cidade", e.cidade())
                .addValue("uf", e.uf())
                .addValue("cep", e.cep())
                .addValue("grupo", c.grupo())
                .addValue("cota", c.cota())
                .addValue("contrato", c.contrato())
                .addValue("consultor", c.consultor())
                .addValue("pontoDeVenda", c.pontoDeVenda());
    }

    private static String vazioComoNulo(String texto) {
        return texto == null || texto.isBlank() ? null : texto.strip();
    }

    private static String cpfFormatado(String numero) {
        return numero == null || numero.length() != 11 ? numero
                : numero.substring(0, 3) + "." + numero.substring(3, 6) + "." + numero.substring(6, 9) + "-"
                        + numero.substring(9);
    }
}
