package br.com.nexus.command.comum;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;

/**
 * Keeps aggregate ids from leaking across tenants: a command addressed to another tenant's
 * aggregate gets exactly the answer a missing aggregate gets. So does an id of another kind of
 * aggregate, whose events leave this one without a tenant.
 */
public final class TenantGuard {

    public static final String NAO_ENCONTRADO = "NAO_ENCONTRADO";

    private TenantGuard() {
    }

    public static void exigirMesmoTenant(TenantId doAgregado, TenantId doComando, Object id) {
        if (doAgregado == null || !doAgregado.equals(doComando)) {
            throw naoEncontrado(id);
        }
    }

    public static DomainException naoEncontrado(Object id) {
        return DomainException.naoEncontrado(NAO_ENCONTRADO, "Registro " + id + " não encontrado");
    }
}
