package br.com.nexus.command.disparo;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import br.com.nexus.command.comum.TenantGuard;
import br.com.nexus.command.comum.Validacoes;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.AbandonarDisparoCommand;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoLido;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.disparo.RegistrarEntregaDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarEnvioDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarFalhaDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarFalhaEntregaDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarLeituraDisparoCommand;
import br.com.nexus.kernel.disparo.SolicitarDisparoCommand;
import br.com.nexus.kernel.disparo.StatusDisparo;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One WhatsApp dispatch of a boleto. Status only moves forward (SOLICITADO → ENVIADO → ENTREGUE →
 * LIDO); a retryable failure may be followed by a send of a later attempt; each attempt is sent at
 * most once; nothing happens after ABANDONADO. Created by {@link DisparoCommandHandler}.
 */
@Aggregate(cache = "disparoAggregateCache")
class Disparo {

    @AggregateIdentifier
    private DisparoId disparoId;
    private TenantId tenantId;
    private StatusDisparo status;
    private int ultimaTentativa;
    private boolean ultimaFalhaRetentavel;
    private final Set<Integer> tentativasEnviadas = new HashSet<>();
    private final Set<Integer> tentativasFalhas = new HashSet<>();

    Disparo() {
    }

    void solicitar(SolicitarDisparoCommand comando, ClienteId clienteDoBoleto) {
        if (disparoId != null) {
            throw DomainException.conflito("DISPARO_JA_EXISTE", "Já existe um disparo com o id " + comando.disparoId());
        }
        String destino = Validacoes.textoObrigatorio(comando.destino(), "DESTINO_OBRIGATORIO",
                "Destino do disparo é obrigatório");
        if (Validacoes.vazio(comando.mensagem()) && Validacoes.vazio(comando.anexo())) {
            throw DomainException.invalido("CONTEUDO_OBRIGATORIO", "Disparo precisa de mensagem ou anexo");
        }
        ClienteId clienteId = comando.clienteId() != null ? comando.clienteId() : clienteDoBoleto;
        if (!clienteId.equals(clienteDoBoleto)) {
            throw DomainException.regraViolada("CLIENTE_DIVERGENTE", "Boleto pertence a outro cliente");
        }
        apply(new DisparoSolicitado(comando.disparoId(), comando.tenantId(), comando.boletoId(), clienteId, destino,
                comando.mensagem(), comando.anexo()));
    }

    @CommandHandler
    void handle(RegistrarEnvioDisparoCommand comando) {
        exigirNaoAbandonado(comando.tenantId());
        int tentativa = tentativaValida(comando.tentativa());
        if (tentativasEnviadas.contains(tentativa)) {
            return;
        }
        exigirNovaTentativa(tentativa);
        String providerMessageId = Validacoes.textoObrigatorio(comando.providerMessageId(),
                "PROVIDER_MESSAGE_ID_OBRIGATORIO", "Id da mensagem no provedor é obrigatório");
        apply(new DisparoEnviado(disparoId, tenantId, providerMessageId, tentativa));
    }

    @CommandHandler
    void handle(RegistrarFalhaDisparoCommand comando) {
        exigirNaoAbandonado(comando.tenantId());
        int tentativa = tentativaValida(comando.tentativa());
        if (tentativasFalhas.contains(tentativa)) {
            return;
        }
        exigirNovaTentativa(tentativa);
        apply(new DisparoFalhou(disparoId, tenantId, comando.erro(), tentativa, comando.retentavel()));
    }

    /** A sent message the gateway later reported failed: only while not yet delivered, and once. */
    @CommandHandler
    void handle(RegistrarFalhaEntregaDisparoCommand comando) {
        exigirNaoAbandonado(comando.tenantId());
        if (status != StatusDisparo.ENVIADO) {
            return;
        }
        apply(new DisparoFalhou(disparoId, tenantId, comando.erro(), ultimaTentativa, comando.retentavel()));
    }

    @CommandHandler
    void handle(RegistrarEntregaDisparoCommand comando) {
        exigirNaoAbandonado(comando.tenantId());
        if (status == StatusDisparo.ENTREGUE || status == StatusDisparo.LIDO) {
            return;
        }
        exigirEnviado();
        apply(new DisparoEntregue(disparoId, tenantId));
    }

    @CommandHandler
    void handle(RegistrarLeituraDisparoCommand comando) {
        exigirNaoAbandonado(comando.tenantId());
        if (status == StatusDisparo.LIDO) {
            return;
        }
        exigirEnviado();
        apply(new DisparoLido(disparoId, tenantId));
    }

    @CommandHandler
    void handle(AbandonarDisparoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), disparoId);
        if (status == StatusDisparo.ABANDONADO) {
            return;
        }
        if (jaEnviado()) {
            throw jaEnviadoException();
        }
        apply(new DisparoAbandonado(disparoId, tenantId, comando.motivo()));
    }

    private void exigirNaoAbandonado(TenantId tenantDoComando) {
        TenantGuard.exigirMesmoTenant(tenantId, tenantDoComando, disparoId);
        if (status == StatusDisparo.ABANDONADO) {
            throw DomainException.conflito("DISPARO_ABANDONADO", "Disparo abandonado não muda mais");
        }
    }

    private static int tentativaValida(int tentativa) {
        if (tentativa < 1) {
            throw DomainException.invalido("TENTATIVA_INVALIDA", "Tentativa deve ser 1 ou maior");
        }
        return tentativa;
    }

    /** A new attempt outcome: only before any successful send, after a retryable failure, and numbered upwards. */
    private void exigirNovaTentativa(int tentativa) {
        if (jaEnviado()) {
            throw jaEnviadoException();
        }
        if (status == StatusDisparo.FALHOU && !ultimaFalhaRetentavel) {
            throw DomainException.conflito("FALHA_DEFINITIVA", "A última falha não admite nova tentativa");
        }
        if (tentativa <= ultimaTentativa) {
            throw DomainException.conflito("TENTATIVA_INVALIDA",
                    "Tentativa " + tentativa + " já foi registrada; a próxima é " + (ultimaTentativa + 1));
        }
    }

    private void exigirEnviado() {
        if (!jaEnviado()) {
            throw DomainException.conflito("DISPARO_NAO_ENVIADO", "Disparo ainda não foi enviado");
        }
    }

    private boolean jaEnviado() {
        return status == StatusDisparo.ENVIADO || status == StatusDisparo.ENTREGUE || status == StatusDisparo.LIDO;
    }

    private static DomainException jaEnviadoException() {
        return DomainException.conflito("DISPARO_JA_ENVIADO", "Disparo já foi enviado");
    }

    @EventSourcingHandler
    void on(DisparoSolicitado evento) {
        disparoId = evento.disparoId();
        tenantId = evento.tenantId();
        status = StatusDisparo.SOLICITADO;
    }

    @EventSourcingHandler
    void on(DisparoEnviado evento) {
        status = StatusDisparo.ENVIADO;
        ultimaTentativa = Math.max(ultimaTentativa, evento.tentativa());
        tentativasEnviadas.add(evento.tentativa());
    }

    @EventSourcingHandler
    void on(DisparoFalhou evento) {
        status = StatusDisparo.FALHOU;
        ultimaTentativa = Math.max(ultimaTentativa, evento.tentativa());
        ultimaFalhaRetentavel = evento.retentavel();
        tentativasFalhas.add(evento.tentativa());
    }

    @EventSourcingHandler
    void on(DisparoEntregue evento) {
        status = StatusDisparo.ENTREGUE;
    }

    @EventSourcingHandler
    void on(DisparoLido evento) {
        status = StatusDisparo.LIDO;
    }

    @EventSourcingHandler
    void on(DisparoAbandonado evento) {
        status = StatusDisparo.ABANDONADO;
    }
}
