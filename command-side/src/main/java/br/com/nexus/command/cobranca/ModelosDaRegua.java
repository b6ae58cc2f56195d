package br.com.nexus.command.cobranca;

import br.com.nexus.kernel.comum.TenantId;
import java.util.UUID;

/** Whether a message template a régua names is one of the tenant's. */
@FunctionalInterface
public interface ModelosDaRegua {

    boolean existe(TenantId tenantId, UUID modeloId);
}
