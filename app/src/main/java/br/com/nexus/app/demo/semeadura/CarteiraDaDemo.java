package br.com.nexus.app.demo.semeadura;

import br.com.nexus.app.demo.semeadura.DadosDaDemo.Pessoa;
import br.com.nexus.app.seguranca.UsuariosDeDemonstracao.EmpresaDeDemonstracao;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarBoletoCommand;
import br.com.nexus.kernel.cliente.CadastrarClienteCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.pagamento.ConfirmarPagamentoCommand;
import br.com.nexus.kernel.pagamento.CriarPagamentoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's consórcio clientes and their boletos (origem GERADO, so each gets its PDF) due around
 * today: in a few days, today, already past due, and one paid by hand six weeks ago (too old for
 * the régua to message). Linhas digitáveis are built with {@link CodigoBarras#gerar}, so check digits, value and due-date factor agree.
 */
@Component
@Profile("demo")
class CarteiraDaDemo {

    /** What the demo does something with after seeding (see {@link CobrancaAsaasDaDemo}). */
    record Carteira(BoletoId aCobrar) {
    }

    static final ZoneId FUSO = ZoneId.of("America/Sao_Paulo");
    private static final String BANCO = "001";

    private record Contrato(String nome, String grupo, String cota, String rua, String bairro, String cep) {
    }

    private static final List<Contrato> CONTRATOS = List.of(
            new Contrato("Maria Aparecida dos Santos", "4087", "215", "Rua Augusta", "Consolação", "01305-000"),
            new Contrato("José Carlos de Oliveira", "4087", "118", "Rua Voluntários da Pátria", "Santana", "02011-000"),
            new Contrato("Ana Paula Ferreira", "5120", "042", "Avenida Paulista", "Bela Vista", "01310-100"),
            new Contrato("Francisco das Chagas Lima", "5120", "307", "Rua Tuiuti", "Tatuapé", "03081-000"),
            new Contrato("Juliana Rodrigues Costa", "3318", "076", "Rua Teodoro Sampaio", "Pinheiros", "05405-000"),
            new Contrato("Antônio Marcos Pereira", "3318", "254", "Avenida Sapopemba", "Vila Prudente", "03345-000"));

    private final ComandosDaDemo comandos;
    private final Random aleatorio = new Random(4_087L);

    CarteiraDaDemo(ComandosDaDemo comandos) {
        this.comandos = comandos;
    }

    Carteira semear(EmpresaDeDemonstracao empresa, DadosDaDemo dados) {
        List<ClienteId> c = CONTRATOS.stream().map(contrato -> cadastrar(empresa, dados, contrato)).toList();
        LocalDate hoje = LocalDate.now(FUSO);
        registrar(empresa, c.get(0), 0, hoje.plusDays(3), "389.90", 14);
        registrar(empresa, c.get(1), 1, hoje.plusDays(5), "512.37", 9);
        BoletoId aCobrar = registrar(empresa, c.get(2), 2, hoje.plusDays(7), "1250.00", 22);
        registrar(empresa, c.get(3), 3, hoje, "742.15", 5);
        registrar(empresa, c.get(4), 4, hoje.minusDays(5), "298.40", 31);
        registrar(empresa, c.get(5), 5, hoje.minusDays(12), "615.00", 17);
        BoletoId pago = registrar(empresa, c.get(1), 1, hoje.minusDays(40), "512.37", 8);
        pagarNoPix(empresa, pago, c.get(1), "512.37", hoje.minusDays(41));
        return new Carteira(aCobrar);
    }

    private ClienteId cadastrar(EmpresaDeDemonstracao empresa, DadosDaDemo dados, Contrato contrato) {
        Pessoa pessoa = dados.pessoa(contrato.nome());
        ClienteId id = ClienteId.novo();
        comandos.enviar(empresa, new CadastrarClienteCommand(id, empresa.tenantId(), pessoa.cpf(), pessoa.nome(),
                pessoa.whatsapp(), pessoa.email(),
                new Endereco(contrato.rua(), String.valueOf(100 + aleatorio.nextInt(1900)), null, contrato.bairro(),
                        "São Paulo", "SP", contrato.cep()),
                new DadosConsorcio(contrato.grupo(), contrato.cota(), "CT-" + contrato.grupo() + "-" + contrato.cota(),
                        "Renata Lopes", "PDV Centro"),
                null));
        return id;
    }

    private BoletoId registrar(EmpresaDeDemonstracao empresa, ClienteId cliente, int contrato, LocalDate vencimento,
            String valor, int parcela) {
        Dinheiro dinheiro = Dinheiro.parse(valor);
        CodigoBarras codigo = CodigoBarras.gerar(BANCO, vencimento, dinheiro, digitos(25));
        Contrato dados = CONTRATOS.get(contrato);
        BoletoId id = BoletoId.novo();
        comandos.enviar(empresa, new RegistrarBoletoCommand(id, empresa.tenantId(), cliente, OrigemBoleto.GERADO,
                digitos(11), codigo.linhaDigitavel(), codigo, dinheiro, vencimento, parcela, YearMonth.from(vencimento),
                String.format(Locale.ROOT, "Parcela %d do grupo %s, cota %s", parcela, dados.grupo(), dados.cota())));
        return id;
    }

    /** As {@code POST /api/pagamentos} does: a manual payment, created and confirmed at once. */
    private void pagarNoPix(EmpresaDeDemonstracao empresa, BoletoId boleto, ClienteId cliente, String valor,
            LocalDate data) {
        PagamentoId id = PagamentoId.novo();
        String evento = "manual:" + id;
        Dinheiro dinheiro = Dinheiro.parse(valor);
        comandos.enviar(empresa, new CriarPagamentoCommand(id, empresa.tenantId(), boleto, cliente, Provedor.MANUAL,
                evento, dinheiro, MetodoPagamento.PIX));
        comandos.enviar(empresa, new ConfirmarPagamentoCommand(id, empresa.tenantId(), dinheiro, data, evento));
    }

    private String digitos(int quantos) {
        StringBuilder texto = new StringBuilder();
        for (int i = 0; i < quantos; i++) {
            texto.append(aleatorio.nextInt(10));
        }
        return texto.toString();
    }
}
