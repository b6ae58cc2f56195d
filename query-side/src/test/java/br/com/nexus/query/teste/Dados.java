package br.com.nexus.query.teste;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.LeadCapturado;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;

/** Events with believable content for the query side's tests. */
public final class Dados {

    public static final Cpf CPF = Cpf.of("111.444.777-35");
    public static final TelefoneWhatsapp WHATSAPP = TelefoneWhatsapp.of("(11) 98765-4321");
    /** The same mobile as {@link #WHATSAPP}, as a lead's phone. */
    public static final Telefone TELEFONE = Telefone.of("(11) 98765-4321");
    public static final Telefone FIXO = Telefone.of("(11) 3456-7890");
    private static final AtomicLong NOSSO_NUMERO = new AtomicLong(1);

    private Dados() {
    }

    public static ClienteCadastrado clienteCadastrado(TenantId tenant, ClienteId cliente, String nome) {
        return new ClienteCadastrado(cliente, tenant, CPF, nome, WHATSAPP, "cliente@exemplo.com.br",
                new Endereco("Rua A", "10", null, "Centro", "São Paulo", "SP", "01001-000"),
                new DadosConsorcio("G-100", "25", "C-9", "Ana", "Loja Centro"), null);
    }

    public static BoletoRegistrado boletoRegistrado(TenantId tenant, BoletoId boleto, ClienteId cliente,
            long centavos, LocalDate vencimento) {
        Dinheiro valor = Dinheiro.deCentavos(centavos);
        String campoLivre = String.format("%025d", NOSSO_NUMERO.getAndIncrement());
        CodigoBarras codigo = CodigoBarras.gerar("001", vencimento, valor, campoLivre);
        return new BoletoRegistrado(boleto, tenant, cliente, OrigemBoleto.GERADO, campoLivre.substring(15),
                codigo.linhaDigitavel(), codigo, valor, vencimento, 1, YearMonth.from(vencimento), "Parcela 1");
    }

    public static LeadCapturado leadCapturado(TenantId tenant, LeadId lead, String nome, OrigemLead origem) {
        return new LeadCapturado(lead, tenant, nome, TELEFONE, nome.toLowerCase().replace(' ', '.') + "@exemplo.com",
                origem, "Consórcio de imóvel");
    }
}
