package br.com.nexus.kernel.consulta.lead;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import java.time.Instant;

/** A lead as lists show it; {@code telefone} in E.164. */
public record LeadResumo(
        LeadId id,
        String nome,
        String telefone,
        String email,
        OrigemLead origem,
        String interesse,
        EtapaLead etapa,
        String motivoPerda,
        Instant agendadoPara,
        String procedimento,
        ClienteId clienteId,
        Instant capturadoEm,
        Instant atualizadoEm) {
}
