package br.com.nexus.command.documento;

import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteImportado;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * The command side's own copy of what boleto PDFs need: payers, registered boletos and attached
 * PDFs. It shares the {@code boleto-pdf} processor with the handlers that generate and check PDFs,
 * so a cliente's data is in place before that cliente's boleto is rendered (one event order).
 * Replayable: every write is an upsert and a reset clears only these tables.
 */
@Component
@ProcessingGroup(DocumentosProjection.GRUPO)
class DocumentosProjection {

    static final String GRUPO = "boleto-pdf";

    private final CadastrosDeClientes cadastros;
    private final DocumentosDeBoleto documentos;

    DocumentosProjection(CadastrosDeClientes cadastros, DocumentosDeBoleto documentos) {
        this.cadastros = cadastros;
        this.documentos = documentos;
    }

    @EventHandler
    void on(ClienteCadastrado evento) {
        cadastros.salvar(evento.tenantId(), evento.clienteId(), evento.cpf(), evento.nome(), evento.whatsapp(),
                evento.email(), evento.endereco(), evento.consorcio());
    }

    @EventHandler
    void on(ClienteImportado evento) {
        cadastros.salvar(evento.tenantId(), evento.clienteId(), evento.cpf(), evento.nome(), evento.whatsapp(),
                evento.email(), evento.endereco(), evento.consorcio());
    }

    @EventHandler
    void on(ClienteAtualizado evento) {
        cadastros.salvar(evento.tenantId(), evento.clienteId(), null, evento.nome(), evento.whatsapp(),
                evento.email(), evento.endereco(), evento.consorcio());
    }

    @EventHandler
    void on(BoletoRegistrado evento) {
        documentos.salvar(evento);
    }

    @EventHandler
    void on(BoletoPdfAnexado evento, @Timestamp Instant quando) {
        documentos.anexar(evento.boletoId(), evento.tenantId(), evento.sha256(), quando);
    }

    @ResetHandler
    void reset() {
        documentos.apagarProjecao();
        cadastros.apagarTodos();
    }
}
