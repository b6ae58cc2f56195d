package br.com.nexus.app.portal.fake;

import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A boleto the fake portal emits: a valid FEBRABAN linha digitável for its value and due date,
 * and a real PDF (OpenPDF) printing it the way bank slips do, with the reference month.
 */
public record BoletoFalso(LinhaDigitavel linhaDigitavel, Dinheiro valor, LocalDate vencimento, String mesReferencia) {

    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] MESES = {"JANEIRO", "FEVEREIRO", "MARÇO", "ABRIL", "MAIO", "JUNHO", "JULHO",
        "AGOSTO", "SETEMBRO", "OUTUBRO", "NOVEMBRO", "DEZEMBRO"};

    /** {@code mesReferencia} as the emission page prints it, e.g. {@code "NOVEMBRO/2025"}. */
    public static BoletoFalso de(long centavos, LocalDate vencimento, String mesReferencia, long nossoNumero) {
        String campoLivre = String.format(Locale.ROOT, "%025d", nossoNumero);
        CodigoBarras codigo = CodigoBarras.gerar("237", vencimento, Dinheiro.deCentavos(centavos), campoLivre);
        return new BoletoFalso(codigo.linhaDigitavel(), Dinheiro.deCentavos(centavos), vencimento, mesReferencia);
    }

    /**
     * A boleto of the month it falls due in ({@code MARÇO/2026} for 10/03/2026), the way the portal
     * emits the current installment; tests that need a collection step due now pass today or a past date.
     */
    public static BoletoFalso vencendoEm(LocalDate vencimento, long centavos, long nossoNumero) {
        String mes = MESES[vencimento.getMonthValue() - 1] + "/" + vencimento.getYear();
        return de(centavos, vencimento, mes, nossoNumero);
    }

    public byte[] pdf(String nomeCliente) {
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        Document documento = new Document(PageSize.A4);
        PdfWriter.getInstance(documento, saida);
        documento.open();
        Font titulo = new Font(Font.HELVETICA, 14, Font.BOLD);
        documento.add(new Paragraph("CANOPUS ADMINISTRADORA DE CONSORCIOS", titulo));
        documento.add(new Paragraph("Boleto de cobrança - parcela do consórcio"));
        documento.add(new Paragraph("Pagador: " + nomeCliente));
        documento.add(new Paragraph("Referência: " + mesReferencia));
        documento.add(new Paragraph("Vencimento: " + vencimento.format(DATA)));
        documento.add(new Paragraph("Valor do documento: " + valor.formatado()));
        documento.add(new Paragraph(" "));
        documento.add(new Paragraph(linhaDigitavel.formatada(), new Font(Font.COURIER, 11, Font.BOLD)));
        documento.close();
        return saida.toByteArray();
    }
}
