package br.com.nexus.command.whatsapp.envio;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.TestData;
import br.com.nexus.command.comum.HistoricoDeAgregados.BoletoConhecido;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import org.junit.jupiter.api.Test;

class PdfAguardadoTest {

    private static final String LOCAL = "documento_pdf:" + TestData.SHA256;

    @Test
    void boletoGeradoAindaSemPdfAguardaOPdf() {
        assertThat(PdfAguardado.anexoPara(boleto(OrigemBoleto.GERADO, null), false)).isEqualTo(PdfAguardado.ANEXO);
    }

    @Test
    void pdfJaAnexadoVaiComoEsta() {
        assertThat(PdfAguardado.anexoPara(boleto(OrigemBoleto.GERADO, LOCAL), false)).isEqualTo(LOCAL);
        assertThat(PdfAguardado.anexoPara(boleto(OrigemBoleto.CANOPUS, LOCAL), false)).isEqualTo(LOCAL);
    }

    @Test
    void semAnexoOuBoletoQueNaoTeraPdfVaiSoComTexto() {
        assertThat(PdfAguardado.anexoPara(boleto(OrigemBoleto.GERADO, null), true)).isNull();
        assertThat(PdfAguardado.anexoPara(boleto(OrigemBoleto.GERADO, LOCAL), true)).isNull();
        assertThat(PdfAguardado.anexoPara(boleto(OrigemBoleto.CANOPUS, null), false)).isNull();
        assertThat(PdfAguardado.anexoPara(boleto(OrigemBoleto.PROVEDOR, null), false)).isNull();
    }

    private static BoletoConhecido boleto(OrigemBoleto origem, String pdfLocal) {
        return new BoletoConhecido(BoletoId.novo(), ClienteId.novo(), origem, TestData.VALOR, TestData.VALOR,
                TestData.VENCIMENTO, TestData.LINHA, null, pdfLocal, pdfLocal == null ? null : TestData.SHA256, false, false);
    }
}
