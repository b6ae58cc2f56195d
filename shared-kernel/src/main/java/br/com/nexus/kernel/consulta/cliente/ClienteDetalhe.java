package br.com.nexus.kernel.consulta.cliente;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.lead.LeadId;
import java.time.Instant;

/**
 * Everything known about one cliente, with the CPF formatted ({@code 111.444.777-35}) and a
 * summary of its boletos: how many, how many still unpaid and their amount.
 *
 * @param importado true when the cliente came from a spreadsheet import
 */
public record ClienteDetalhe(
        ClienteId id,
        String cpf,
        String nome,
        String whatsapp,
        String email,
        Endereco endereco,
        DadosConsorcio consorcio,
        LeadId leadOrigem,
        boolean importado,
        boolean ativo,
        String motivoInativacao,
        boolean whatsappOptOut,
        long boletos,
        long boletosEmAberto,
        Dinheiro valorEmAberto,
        Instant cadastradoEm,
        Instant atualizadoEm) {
}
