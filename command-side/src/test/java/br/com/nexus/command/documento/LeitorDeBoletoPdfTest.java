package br.com.nexus.command.documento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.TestData;
import br.com.nexus.kernel.boleto.DivergenciaPdf;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeitorDeBoletoPdfTest {

    private final LeitorDeBoletoPdf leitor = new LeitorDeBoletoPdf();

    @Test
    void encontraLinhaImpressaComPontosEEspacos() {
        String texto = "Banco do Brasil | 001-9\nPagador: Fulano\n00190.00009 01207.113000 09000.206186 5 38600000004000\n";

        assertThat(LeitorDeBoletoPdf.encontrarLinha(texto)).contains(TestData.LINHA_BB);
    }

    @Test
    void encontraLinhaQuebradaEmVariasLinhasDeTexto() {
        String texto = "Linha digitável\n00190.00009\n01207.113000\n09000.206186\n5\n38600000004000";

        assertThat(LeitorDeBoletoPdf.encontrarLinha(texto)).contains(TestData.LINHA_BB);
    }

    @Test
    void encontraLinhaSemPontuacaoColadaAOutrosNumeros() {
        String texto = "Documento 12345 00190000090120711300009000206186538600000004000 777";

        assertThat(LeitorDeBoletoPdf.encontrarLinha(texto)).contains(TestData.LINHA_BB);
    }

    @Test
    void reconstroiALinhaDeUmCodigoDeBarrasImpresso() {
        String texto = "Código de barras: 00195386000000040000000001207113000900020618";

        assertThat(LeitorDeBoletoPdf.encontrarLinha(texto)).contains(TestData.LINHA_BB);
    }

    @Test
    void ignoraLinhaComDigitoVerificadorErrado() {
        String texto = "00190.00009 01207.113000 09000.206186 6 38600000004000";

        assertThat(LeitorDeBoletoPdf.encontrarLinha(texto)).isEmpty();
    }

    @Test
    void tabelaLongaDeNumerosNaoViraLinhaPorAcaso() {
        Random aleatorio = new Random(42);
        StringBuilder tabela = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            tabela.append(aleatorio.nextInt(1_000_000)).append(i % 8 == 7 ? "\n" : " ");
        }

        assertThat(LeitorDeBoletoPdf.encontrarLinha(tabela.toString())).isEmpty();
    }

    @Test
    void textoSemLinhaNaoDevolveNada() {
        assertThat(LeitorDeBoletoPdf.encontrarLinha("Fatura 2026/03, total R$ 150,50, telefone 11987654321")).isEmpty();
    }

    @Test
    void recusaArquivoQueNaoEhPdf() {
        byte[] texto = "não sou um PDF".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> leitor.ler(texto)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("PDF_INVALIDO"));
    }

    @Test
    void recusaPdfTruncado() {
        byte[] pdf = new GeradorDeBoletoPdf().gerar(GeradorDeBoletoPdfTest.boleto(TestData.CODIGO));
        byte[] truncado = Arrays.copyOf(pdf, 200);

        assertThatThrownBy(() -> leitor.ler(truncado)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("PDF_INVALIDO"));
    }

    @Test
    void pdfDeOutroValorEVencimentoDiverge() {
        CodigoBarras outro = CodigoBarras.gerar("237", TestData.VENCIMENTO.plusDays(5), Dinheiro.parse("175.00"),
                "1234567890123456789012345");
        byte[] pdf = new GeradorDeBoletoPdf().gerar(GeradorDeBoletoPdfTest.boleto(outro));

        LinhaDigitavel lida = leitor.ler(pdf).orElseThrow();

        assertThat(lida).isEqualTo(outro.linhaDigitavel());
        assertThat(LeitorDeBoletoPdf.divergencias(lida, TestData.LINHA, TestData.VALOR, TestData.VENCIMENTO))
                .containsExactlyInAnyOrder(DivergenciaPdf.VALOR, DivergenciaPdf.VENCIMENTO);
    }

    @Test
    void pdfQueConfereNaoDiverge() {
        assertThat(LeitorDeBoletoPdf.divergencias(TestData.LINHA, TestData.LINHA, TestData.VALOR, TestData.VENCIMENTO))
                .isEmpty();
    }

    @Test
    void outroBoletoDeMesmoValorEVencimentoDiverge() {
        LinhaDigitavel outra = CodigoBarras.gerar("237", TestData.VENCIMENTO, TestData.VALOR,
                "9999999999999999999999999").linhaDigitavel();

        assertThat(LeitorDeBoletoPdf.divergencias(outra, TestData.LINHA, TestData.VALOR, TestData.VENCIMENTO))
                .isEqualTo(Set.of(DivergenciaPdf.LINHA_DIGITAVEL));
    }

    @Test
    void pdfSemLinhaLegivelDiverge() {
        assertThat(LeitorDeBoletoPdf.divergencias(null, TestData.LINHA, TestData.VALOR, LocalDate.of(2026, 3, 10)))
                .isEqualTo(Set.of(DivergenciaPdf.LINHA_NAO_ENCONTRADA));
    }
}
