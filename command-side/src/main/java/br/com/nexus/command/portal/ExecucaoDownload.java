package br.com.nexus.command.portal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import br.com.nexus.command.comum.TenantGuard;
import br.com.nexus.command.comum.Validacoes;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.download.ClienteDownloadConcluido;
import br.com.nexus.kernel.download.ConcluirExecucaoDownloadCommand;
import br.com.nexus.kernel.download.ContagemDownload;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ExecucaoDownloadIniciada;
import br.com.nexus.kernel.download.ExecucaoDownloadInterrompida;
import br.com.nexus.kernel.download.IniciarExecucaoDownloadCommand;
import br.com.nexus.kernel.download.InterromperExecucaoDownloadCommand;
import br.com.nexus.kernel.download.MotivoInterrupcao;
import br.com.nexus.kernel.download.RegistrarResultadoDownloadCommand;
import br.com.nexus.kernel.download.ResultadoDownload;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One run of portal downloads: its size, the outcome of each cliente (one each, the first wins)
 * and how it ended. It concludes by itself with the last outcome or an interruption, and on
 * {@code ConcluirExecucaoDownloadCommand} when nothing more is coming. Once concluded it takes
 * nothing more, which is how a worker still busy with a run that expired learns to stop.
 */
@Aggregate(cache = "execucaoDownloadAggregateCache")
class ExecucaoDownload {

    @AggregateIdentifier
    private ExecucaoDownloadId execucaoId;
    private TenantId tenantId;
    private int total;
    private final Set<ClienteId> processados = new HashSet<>();
    private final Map<ResultadoDownload, Integer> contagem = new EnumMap<>(ResultadoDownload.class);
    private MotivoInterrupcao interrupcao;
    private boolean concluida;

    ExecucaoDownload() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IniciarExecucaoDownloadCommand comando) {
        if (execucaoId != null) {
            throw DomainException.conflito("EXECUCAO_JA_EXISTE", "Já existe uma execução com o id " + comando.execucaoId());
        }
        Validacoes.obrigatorio(comando.tenantId(), "TENANT_OBRIGATORIO", "Empresa da execução é obrigatória");
        if (comando.total() < 0) {
            throw DomainException.invalido("TOTAL_INVALIDO", "Total de clientes não pode ser negativo");
        }
        apply(new ExecucaoDownloadIniciada(comando.execucaoId(), comando.tenantId(), comando.pontoDeVenda(),
                comando.ano(), comando.limite(), comando.total()));
        if (comando.total() == 0) {
            concluir();
        }
    }

    /** {@code true} while the run takes outcomes; a repeated cliente is accepted and ignored. */
    @CommandHandler
    boolean handle(RegistrarResultadoDownloadCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), execucaoId);
        Validacoes.obrigatorio(comando.clienteId(), "CLIENTE_OBRIGATORIO", "Cliente do resultado é obrigatório");
        Validacoes.obrigatorio(comando.resultado(), "RESULTADO_OBRIGATORIO", "Resultado é obrigatório");
        if (concluida || interrupcao != null) {
            return false;
        }
        if (processados.contains(comando.clienteId())) {
            return true;
        }
        if (processados.size() >= total) {
            throw DomainException.regraViolada("EXECUCAO_COMPLETA", "Todos os clientes da execução já têm resultado");
        }
        apply(new ClienteDownloadConcluido(execucaoId, tenantId, comando.clienteId(), comando.resultado(),
                comando.detalhe(), comando.arquivo(), comando.boletoId(), comando.captura(), processados.size() + 1,
                total));
        if (processados.size() == total) {
            concluir();
        }
        return true;
    }

    @CommandHandler
    void handle(InterromperExecucaoDownloadCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), execucaoId);
        Validacoes.obrigatorio(comando.motivo(), "MOTIVO_OBRIGATORIO", "Motivo da interrupção é obrigatório");
        if (concluida || interrupcao != null) {
            return;
        }
        apply(new ExecucaoDownloadInterrompida(execucaoId, tenantId, comando.motivo(), comando.detalhe(),
                comando.captura(), processados.size(), total));
        concluir();
    }

    /** Closes a run nobody is finishing (the watchdog's way out); a closed run stays as it is. */
    @CommandHandler
    void handle(ConcluirExecucaoDownloadCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), execucaoId);
        if (!concluida) {
            concluir();
        }
    }

    /** The run's end, counted as it stands: whatever has no outcome was not tried. */
    private void concluir() {
        SituacaoExecucaoDownload situacao;
        if (interrupcao != null) {
            situacao = SituacaoExecucaoDownload.INTERROMPIDA;
        } else if (processados.size() == total) {
            situacao = SituacaoExecucaoDownload.CONCLUIDA;
        } else {
            situacao = SituacaoExecucaoDownload.EXPIRADA;
        }
        apply(new ExecucaoDownloadConcluida(execucaoId, tenantId, situacao, interrupcao, total, new ContagemDownload(
                quantos(ResultadoDownload.SUCESSO), quantos(ResultadoDownload.ERRO),
                quantos(ResultadoDownload.CPF_NAO_ENCONTRADO), quantos(ResultadoDownload.SEM_BOLETO),
                total - processados.size())));
    }

    private int quantos(ResultadoDownload resultado) {
        return contagem.getOrDefault(resultado, 0);
    }

    @EventSourcingHandler
    void on(ExecucaoDownloadIniciada evento) {
        execucaoId = evento.execucaoId();
        tenantId = evento.tenantId();
        total = evento.total();
    }

    @EventSourcingHandler
    void on(ClienteDownloadConcluido evento) {
        processados.add(evento.clienteId());
        contagem.merge(evento.resultado(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(ExecucaoDownloadInterrompida evento) {
        interrupcao = evento.motivo();
    }

    @EventSourcingHandler
    void on(ExecucaoDownloadConcluida evento) {
        concluida = true;
    }
}
