package br.com.nexus.kernel.consulta.cliente;

import br.com.nexus.kernel.cliente.ClienteId;
import java.time.Instant;

/** A cliente as lists show it: the CPF masked, the WhatsApp in E.164. */
public record ClienteResumo(
        ClienteId id,
        String nome,
        String cpfMascarado,
        String whatsapp,
        String email,
        String pontoDeVenda,
        String consultor,
        String grupo,
        String cota,
        boolean ativo,
        boolean whatsappOptOut,
        Instant cadastradoEm,
        Instant atualizadoEm) {
}
