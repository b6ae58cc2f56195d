package br.com.nexus.command.cobranca;

import br.com.nexus.command.whatsapp.modelo.ModeloRepository;
import br.com.nexus.kernel.comum.TenantId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The régua's templates are the tenant's WhatsApp message templates. */
@Component
class ModelosDaReguaNoWhatsapp implements ModelosDaRegua {

    private final ModeloRepository modelos;

    ModelosDaReguaNoWhatsapp(ModeloRepository modelos) {
        this.modelos = modelos;
    }

    @Override
    public boolean existe(TenantId tenantId, UUID modeloId) {
        return modelos.buscar(tenantId, modeloId).isPresent();
    }
}
