package br.com.nexus.command.importacao;

import br.com.nexus.command.documento.CadastroDoCliente;
import br.com.nexus.command.documento.CadastrosDeClientes;
import br.com.nexus.command.importacao.RelatorioImportacao.LinhaRejeitada;
import br.com.nexus.kernel.cliente.AtualizarClienteCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.ImportarClienteCommand;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;

/**
 * Imports clientes from a spreadsheet, upserting by CPF: a CPF new to the tenant becomes
 * {@link ImportarClienteCommand}, a known one {@link AtualizarClienteCommand} that changes only
 * what the sheet has (empty cells and absent columns keep the cliente's current data). The whole
 * file is read and every row checked before the first command, so a refused file changes nothing;
 * after that each row stands alone and a failure is reported on its row.
 */
@Service
class ImportacaoDeClientes {

    private static final Logger log = LoggerFactory.getLogger(ImportacaoDeClientes.class);

    private final LeitorDePlanilha leitor;
    private final CommandGateway commandGateway;
    private final JdbcTemplate jdbc;
    private final CadastrosDeClientes cadastros;
    private final int paralelismo;

    ImportacaoDeClientes(LeitorDePlanilha leitor, CommandGateway commandGateway, JdbcTemplate jdbc,
            CadastrosDeClientes cadastros, @Value("${nexus.importacao.paralelismo:4}") int paralelismo) {
        this.leitor = leitor;
        this.commandGateway = commandGateway;
        this.jdbc = jdbc;
        this.cadastros = cadastros;
        this.paralelismo = paralelismo;
    }

    RelatorioImportacao importar(TenantId tenant, byte[] conteudo, String nomeArquivo) {
        Planilha planilha = leitor.ler(conteudo, nomeArquivo);
        List<ClienteDaPlanilha> validos = new ArrayList<>();
        List<LinhaRejeitada> rejeitados = new ArrayList<>();
        Map<String, Integer> linhaDoCpf = new HashMap<>();
        for (LinhaPlanilha linha : planilha.linhas()) {
            try {
                ClienteDaPlanilha cliente = ClienteDaPlanilha.de(planilha, linha);
                Integer anterior = linhaDoCpf.putIfAbsent(cliente.cpf().numero(), linha.numero());
                if (anterior != null) {
                    rejeitados.add(new LinhaRejeitada(linha.numero(),
                            "CPF repetido na planilha (já na linha " + anterior + ")"));
                } else {
                    validos.add(cliente);
                }
            } catch (DomainException e) {
                rejeitados.add(new LinhaRejeitada(linha.numero(), e.getMessage()));
            }
        }
        Map<String, ClienteId> existentes = clientesPorCpf(tenant, List.copyOf(linhaDoCpf.keySet()));
        Map<Desfecho, Integer> contagem = new EnumMap<>(Desfecho.class);
        for (Resultado resultado : processar(tenant, validos, existentes)) {
            contagem.merge(resultado.desfecho(), 1, Integer::sum);
            if (resultado.desfecho() == Desfecho.REJEITADO) {
                rejeitados.add(new LinhaRejeitada(resultado.linha(), resultado.motivo()));
            }
        }
        int importados = contagem.getOrDefault(Desfecho.IMPORTADO, 0);
        int atualizados = contagem.getOrDefault(Desfecho.ATUALIZADO, 0);
        int inalterados = contagem.getOrDefault(Desfecho.INALTERADO, 0);
        rejeitados.sort(Comparator.comparingInt(LinhaRejeitada::linha));
        log.info("Importação de clientes no tenant {}: {} linhas, {} importados, {} atualizados, {} inalterados, "
                + "{} rejeitados", tenant, planilha.linhas().size(), importados, atualizados, inalterados,
                rejeitados.size());
        return new RelatorioImportacao(planilha.linhas().size(), importados, atualizados, inalterados,
                List.copyOf(rejeitados));
    }

    /**
     * Sends the rows' commands a few at a time: each row is its own aggregate and transaction, and
     * a 20,000-row sheet sent one by one would outlast any HTTP timeout. Worker threads carry the
     * caller's security context, so every command still records who imported it.
     */
    private List<Resultado> processar(TenantId tenant, List<ClienteDaPlanilha> validos,
            Map<String, ClienteId> existentes) {
        ExecutorService envios = new DelegatingSecurityContextExecutorService(
                Executors.newFixedThreadPool(Math.max(1, Math.min(paralelismo, validos.size()))));
        try {
            List<CompletableFuture<Resultado>> futuros = validos.stream()
                    .map(cliente -> CompletableFuture.supplyAsync(
                            () -> processar(tenant, cliente, existentes.get(cliente.cpf().numero())), envios))
                    .toList();
            return futuros.stream().map(CompletableFuture::join).toList();
        } finally {
            envios.shutdown();
        }
    }

    private Resultado processar(TenantId tenant, ClienteDaPlanilha cliente, ClienteId existente) {
        try {
            if (existente == null && importar(tenant, cliente)) {
                return new Resultado(cliente.linha(), Desfecho.IMPORTADO, null);
            }
            ClienteId clienteId = existente != null ? existente
                    : clientesPorCpf(tenant, List.of(cliente.cpf().numero())).get(cliente.cpf().numero());
            return new Resultado(cliente.linha(), atualizar(tenant, clienteId, cliente) ? Desfecho.ATUALIZADO
                    : Desfecho.INALTERADO, null);
        } catch (DomainException e) {
            return new Resultado(cliente.linha(), Desfecho.REJEITADO, e.getMessage());
        } catch (RuntimeException e) {
            // Only the type: the message of a database failure may quote the CPF.
            log.error("Falha inesperada ao importar a linha {}: {}", cliente.linha(), e.getClass().getName());
            return new Resultado(cliente.linha(), Desfecho.REJEITADO,
                    "Erro inesperado ao gravar; importe a planilha de novo para completar");
        }
    }

    private enum Desfecho {
        IMPORTADO, ATUALIZADO, INALTERADO, REJEITADO
    }

    private record Resultado(int linha, Desfecho desfecho, String motivo) {
    }

    /** False when the CPF was taken meanwhile (by another import or registration): then it is an update. */
    private boolean importar(TenantId tenant, ClienteDaPlanilha cliente) {
        try {
            enviar(new ImportarClienteCommand(ClienteId.novo(), tenant, cliente.cpf(), cliente.nome(),
                    cliente.whatsapp(), null, null, consorcio(cliente, null)));
            return true;
        } catch (DomainException e) {
            if ("CPF_DUPLICADO".equals(e.code())) {
                return false;
            }
            throw e;
        }
    }

    /** False when the sheet says nothing new about the cliente: no command is sent. */
    private boolean atualizar(TenantId tenant, ClienteId clienteId, ClienteDaPlanilha cliente) {
        if (clienteId == null) {
            throw DomainException.conflito("CLIENTE_INDISPONIVEL", "Cliente com este CPF não pôde ser atualizado");
        }
        Optional<CadastroDoCliente> atual = cadastros.buscar(tenant, clienteId);
        if (atual.isEmpty()) {
            // Just registered and not yet seen here: updating now would blank the data the sheet lacks.
            throw DomainException.conflito("CLIENTE_EM_PROCESSAMENTO",
                    "Cliente com este CPF acabou de ser cadastrado; importe a planilha de novo em instantes");
        }
        CadastroDoCliente existente = atual.get();
        TelefoneWhatsapp whatsapp = cliente.whatsapp() != null ? cliente.whatsapp() : existente.whatsapp();
        DadosConsorcio consorcio = consorcio(cliente, existente.consorcio());
        boolean igual = cliente.nome().equals(existente.nome())
                && Objects.equals(numero(whatsapp), numero(existente.whatsapp()))
                && Objects.equals(consorcio, existente.consorcio());
        if (igual) {
            return false;
        }
        enviar(new AtualizarClienteCommand(clienteId, tenant, cliente.nome(), whatsapp, existente.email(),
                existente.endereco(), consorcio));
        return true;
    }

    private static String numero(TelefoneWhatsapp telefone) {
        return telefone == null ? null : telefone.numero();
    }

    private static DadosConsorcio consorcio(ClienteDaPlanilha cliente, DadosConsorcio atual) {
        DadosConsorcio base = atual != null ? atual : new DadosConsorcio(null, null, null, null, null);
        DadosConsorcio novo = new DadosConsorcio(
                cliente.grupo() != null ? cliente.grupo() : base.grupo(),
                cliente.cota() != null ? cliente.cota() : base.cota(),
                base.contrato(), base.consultor(),
                cliente.pontoDeVenda() != null ? cliente.pontoDeVenda() : base.pontoDeVenda());
        boolean vazio = novo.grupo() == null && novo.cota() == null && novo.contrato() == null
                && novo.consultor() == null && novo.pontoDeVenda() == null;
        return vazio && atual == null ? null : novo;
    }

    private void enviar(Object comando) {
        try {
            commandGateway.sendAndWait(comando);
        } catch (CommandExecutionException e) {
            throw e.getDetails().filter(ErroDominio.class::isInstance).map(ErroDominio.class::cast)
                    .map(ErroDominio::comoExcecao)
                    .orElseThrow(() -> e);
        }
    }

    private Map<String, ClienteId> clientesPorCpf(TenantId tenant, List<String> cpfs) {
        Map<String, ClienteId> encontrados = new HashMap<>();
        if (cpfs.isEmpty()) {
            return encontrados;
        }
        jdbc.query(conexao -> {
            PreparedStatement consulta = conexao.prepareStatement(
                    "SELECT cpf, cliente_id FROM cliente_cpf WHERE tenant_id = ? AND cpf = ANY (?)");
            Array lista = conexao.createArrayOf("varchar", cpfs.toArray());
            consulta.setObject(1, tenant.valor());
            consulta.setArray(2, lista);
            return consulta;
        }, rs -> {
            encontrados.put(rs.getString(1), new ClienteId(rs.getObject(2, UUID.class)));
        });
        return encontrados;
    }
}
