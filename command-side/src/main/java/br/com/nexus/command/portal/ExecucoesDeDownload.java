package br.com.nexus.command.portal;

import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.portal.ExecucoesNoBanco.Execucao;
import br.com.nexus.command.portal.ExecucoesNoBanco.Situacao;
import br.com.nexus.command.portal.navegador.ClienteDoPortal;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.IniciarExecucaoDownloadCommand;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts download runs: picks the clientes, writes the run's work list and sends the command
 * that starts it, all in one transaction, so a run never exists without its list or vice versa.
 */
@Service
public class ExecucoesDeDownload {

    private static final int CPFS_NO_ERRO = 5;

    private final ClientesDoPortal clientes;
    private final ExecucoesNoBanco execucoes;
    private final IntegracaoRepository integracoes;
    private final CommandGateway commandGateway;
    private final Clock clock;

    @Autowired
    ExecucoesDeDownload(ClientesDoPortal clientes, ExecucoesNoBanco execucoes, IntegracaoRepository integracoes,
            CommandGateway commandGateway) {
        this(clientes, execucoes, integracoes, commandGateway, Clock.systemUTC());
    }

    ExecucoesDeDownload(ClientesDoPortal clientes, ExecucoesNoBanco execucoes, IntegracaoRepository integracoes,
            CommandGateway commandGateway, Clock clock) {
        this.clientes = clientes;
        this.execucoes = execucoes;
        this.integracoes = integracoes;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    /** What the caller asked for; every filter is optional. */
    public record Pedido(String pontoDeVenda, Integer ano, Integer limite, List<Cpf> cpfs) {
    }

    public record Iniciada(ExecucaoDownloadId id, int total) {
    }

    @Transactional
    public Iniciada iniciar(TenantId tenant, Pedido pedido) {
        if (integracoes.buscar(tenant, ConfiguracaoCanopus.TIPO).isEmpty()) {
            throw DomainException.regraViolada("INTEGRACAO_NAO_CONFIGURADA",
                    "Configure a integração canopus (usuário e senha do consultor) antes de baixar boletos");
        }
        List<ClienteDoPortal> escolhidos = escolher(tenant, pedido);
        if (escolhidos.isEmpty()) {
            throw DomainException.regraViolada("NENHUM_CLIENTE", "Nenhum cliente ativo atende aos filtros informados");
        }
        ExecucaoDownloadId id = ExecucaoDownloadId.novo();
        try {
            execucoes.criar(new Execucao(id, tenant, pedido.pontoDeVenda(), pedido.ano(), pedido.limite(),
                    escolhidos.size(), Situacao.PENDENTE), escolhidos, clock.instant());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflito("EXECUCAO_EM_ANDAMENTO",
                    "Já há uma execução de download em andamento para esta empresa; aguarde o fim dela");
        }
        commandGateway.sendAndWait(new IniciarExecucaoDownloadCommand(id, tenant, pedido.pontoDeVenda(), pedido.ano(),
                pedido.limite(), escolhidos.size()));
        return new Iniciada(id, escolhidos.size());
    }

    private List<ClienteDoPortal> escolher(TenantId tenant, Pedido pedido) {
        if (pedido.cpfs() == null || pedido.cpfs().isEmpty()) {
            return clientes.selecionar(tenant, pedido.pontoDeVenda(), null, pedido.limite());
        }
        List<ClienteDoPortal> encontrados = clientes.selecionar(tenant, pedido.pontoDeVenda(), pedido.cpfs(), null);
        Set<Cpf> faltando = new LinkedHashSet<>(pedido.cpfs());
        encontrados.forEach(cliente -> faltando.remove(cliente.cpf()));
        if (!faltando.isEmpty()) {
            throw DomainException.regraViolada("CLIENTE_NAO_ENCONTRADO", faltando.size()
                    + " CPF(s) não são clientes ativos desta empresa" + (pedido.pontoDeVenda() == null ? ""
                    : " no ponto de venda " + pedido.pontoDeVenda()) + ": " + faltando.stream().limit(CPFS_NO_ERRO)
                    .map(Cpf::mascarado).collect(Collectors.joining(", ")) + (faltando.size() > CPFS_NO_ERRO ? ", …" : ""));
        }
        return pedido.limite() == null || encontrados.size() <= pedido.limite() ? encontrados
                : encontrados.subList(0, pedido.limite());
    }
}
