package br.com.nexus.command.documento;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.TestData;
import br.com.nexus.command.documento.DecodificadorItf.Barra;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import com.lowagie.text.pdf.PdfReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeradorDeBoletoPdfTest {

    private static final float MILIMETRO = 72f / 25.4f;

    private final GeradorDeBoletoPdf gerador = new GeradorDeBoletoPdf();
    private final LeitorDeBoletoPdf leitor = new LeitorDeBoletoPdf();

    @Test
    void textoDoPdfTrazLinhaDigitavelValorVencimentoPagadorEBeneficiario() {
        byte[] pdf = gerador.gerar(boleto(TestData.CODIGO));

        String texto = leitor.texto(pdf);

        assertThat(texto).contains(TestData.LINHA.formatada())
                .contains("R$ 150,50")
                .contains("10/03/2026")
                .contains("Maria da Conceição Araújo")
                .contains("111.444.777-35")
                .contains("Rua das Acácias, 120 - Centro - São Paulo / SP - CEP 01001-000")
                .contains("Consórcio Exemplo Ltda - CNPJ 11.222.333/0001-81")
                .contains("0001/12345-6")
                .contains("Nosso número").contains("00012345")
                .contains("Parcela 7 - 03/2026")
                .contains("Não receber após 30 dias do vencimento")
                .contains("Bradesco").contains("237-2");
    }

    @Test
    void pdfTemUmaPaginaA4() throws Exception {
        PdfReader reader = new PdfReader(gerador.gerar(boleto(TestData.CODIGO)));

        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f);
        reader.close();
    }

    @Test
    void leitorEncontraNoPdfGeradoALinhaDigitavelDoBoleto() {
        assertThat(leitor.ler(gerador.gerar(boleto(TestData.CODIGO)))).contains(TestData.LINHA);
    }

    static List<CodigoBarras> codigos() {
        return List.of(TestData.CODIGO_BB, CodigoBarras.of("00191878900000050000000002759288002193297817"),
                TestData.CODIGO);
    }

    @ParameterizedTest
    @MethodSource("codigos")
    void barrasDesenhadasDecodificamOs44DigitosDoCodigo(CodigoBarras codigo) throws Exception {
        List<Barra> barras = DecodificadorItf.barras(gerador.gerar(boleto(codigo)), BarrasItf.ALTURA);

        assertThat(DecodificadorItf.decodificar(barras)).isEqualTo(codigo.numero());
    }

    @Test
    void barrasTemAlturaEComprimentoDeBoletoEZonaDeSilencioAEsquerda() throws Exception {
        List<Barra> barras = DecodificadorItf.barras(gerador.gerar(boleto(TestData.CODIGO)), BarrasItf.ALTURA);

        // Start and stop have two bars each; each of the 22 digit pairs has five.
        assertThat(barras).hasSize(2 + 22 * 5 + 2);
        Barra primeira = barras.get(0);
        Barra ultima = barras.get(barras.size() - 1);
        float comprimento = (ultima.x() + ultima.largura() - primeira.x()) / MILIMETRO;
        assertThat(comprimento).isBetween(100f, 110f);
        assertThat(primeira.altura() / MILIMETRO).isBetween(12.5f, 13.5f);
        assertThat(primeira.x() / MILIMETRO).isGreaterThan(5f);
    }

    @Test
    void pagadorSemCadastroSaiComoNaoIdentificado() {
        BoletoParaPdf semPagador = new BoletoParaPdf(beneficiario(), new Pagador(null, null, null), null, TestData.LINHA,
                TestData.CODIGO, TestData.VALOR, TestData.VENCIMENTO, LocalDate.of(2026, 2, 20), null, null, null);

        String texto = leitor.texto(gerador.gerar(semPagador));

        assertThat(texto).contains("Pagador não identificado").contains(TestData.LINHA.formatada());
    }

    static BoletoParaPdf boleto(CodigoBarras codigo) {
        LinhaDigitavel linha = codigo.linhaDigitavel();
        Dinheiro valor = codigo.valor();
        LocalDate vencimento = codigo.equals(TestData.CODIGO) ? TestData.VENCIMENTO
                : codigo.vencimento(LocalDate.of(2020, 1, 1)).orElseThrow();
        return new BoletoParaPdf(beneficiario(),
                new Pagador("Maria da Conceição Araújo", TestData.CPF,
                        new Endereco("Rua das Acácias", "120", null, "Centro", "São Paulo", "SP", "01001-000")),
                "00012345", linha, codigo, valor, vencimento, LocalDate.of(2026, 2, 20), 7, YearMonth.of(2026, 3),
                "Parcela do consórcio");
    }

    static Beneficiario beneficiario() {
        return new Beneficiario("Consórcio Exemplo Ltda", "CNPJ 11.222.333/0001-81", "0001/12345-6", null,
                List.of("Não receber após 30 dias do vencimento"));
    }
}
