package br.com.nexus.command.cobranca;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import br.com.nexus.command.comum.TenantGuard;
import br.com.nexus.kernel.cobranca.DefinirReguaDeCobrancaCommand;
import br.com.nexus.kernel.cobranca.EtapaRegua;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaDeCobrancaDefinida;
import br.com.nexus.kernel.cobranca.ReguaId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tenant's régua de cobrança: one per tenant, replaced whole by each definition. Only a schedule
 * that can be followed is accepted: steps on distinct days, a window that ends after it starts, and
 * templates the tenant has. Defining the same schedule again changes nothing.
 */
@Aggregate
class Regua {

    @AggregateIdentifier
    private ReguaId reguaId;
    private TenantId tenantId;
    private ReguaDeCobranca atual;

    Regua() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DefinirReguaDeCobrancaCommand comando, ModelosDaRegua modelos) {
        if (tenantId != null) {
            TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), comando.reguaId());
        } else if (!ReguaId.doTenant(comando.tenantId()).equals(comando.reguaId())) {
            throw DomainException.invalido("REGUA_INVALIDA", "A régua de uma empresa tem o id derivado da empresa");
        }
        ReguaDeCobranca regua = Objects.requireNonNull(comando.regua(), "regua").validada();
        List<String> desconhecidos = regua.etapas().stream().map(EtapaRegua::modeloId).filter(Objects::nonNull)
                .distinct().filter(modelo -> !modelos.existe(comando.tenantId(), modelo)).map(Object::toString)
                .toList();
        if (!desconhecidos.isEmpty()) {
            throw DomainException.regraViolada("MODELO_DESCONHECIDO",
                    "Modelo de mensagem não encontrado: " + String.join(", ", desconhecidos));
        }
        if (!regua.equals(atual)) {
            apply(new ReguaDeCobrancaDefinida(comando.reguaId(), comando.tenantId(), regua));
        }
    }

    @EventSourcingHandler
    void on(ReguaDeCobrancaDefinida evento) {
        reguaId = evento.reguaId();
        tenantId = evento.tenantId();
        atual = evento.regua();
    }
}
