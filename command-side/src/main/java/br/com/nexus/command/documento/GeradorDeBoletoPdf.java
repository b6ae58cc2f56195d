package br.com.nexus.command.documento;

import br.com.nexus.kernel.cliente.Endereco;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Renders a boleto as a one-page A4 PDF in the layout banks use: the payer's receipt on top, a cut
 * line, then the "ficha de compensação" with the linha digitável, the beneficiary and payer blocks,
 * value, due date, nosso número, instructions and the ITF barcode of the 44 digits.
 */
@Component
public class GeradorDeBoletoPdf {

    private static final float MARGEM = 30f;
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MES_ANO = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final Font ROTULO = new Font(Font.HELVETICA, 6f, Font.NORMAL);
    private static final Font VALOR = new Font(Font.HELVETICA, 9f, Font.NORMAL);
    private static final Font VALOR_DESTAQUE = new Font(Font.HELVETICA, 9f, Font.BOLD);
    private static final Font TITULO = new Font(Font.HELVETICA, 10f, Font.BOLD);
    private static final Font BANCO = new Font(Font.HELVETICA, 14f, Font.BOLD);
    private static final Font LINHA = new Font(Font.HELVETICA, 11f, Font.BOLD);
    private static final Map<String, String> BANCOS = Map.of(
            "001", "Banco do Brasil", "033", "Santander", "041", "Banrisul", "104", "Caixa", "237", "Bradesco",
            "341", "Itaú", "422", "Safra", "748", "Sicredi", "756", "Sicoob");
    /** The code with the check digit each bank prints beside it; banks do not all compute it alike. */
    private static final Map<String, String> CODIGOS_IMPRESSOS = Map.of(
            "001", "001-9", "033", "033-7", "041", "041-8", "104", "104-0", "237", "237-2",
            "341", "341-7", "422", "422-7", "748", "748-X", "756", "756-0");

    public byte[] gerar(BoletoParaPdf boleto) {
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        Document documento = new Document(PageSize.A4, MARGEM, MARGEM, MARGEM, MARGEM);
        try {
            PdfWriter writer = PdfWriter.getInstance(documento, saida);
            documento.addTitle("Boleto " + boleto.linhaDigitavel().formatada());
            documento.addCreator("Nexus Cobrança");
            documento.open();
            PdfContentByte canvas = writer.getDirectContent();
            float largura = PageSize.A4.getWidth() - 2 * MARGEM;
            float y = PageSize.A4.getHeight() - MARGEM;
            y = reciboDoPagador(boleto, largura).writeSelectedRows(0, -1, MARGEM, y, canvas);
            y = linhaDeCorte(canvas, y - 14f, largura) - 14f;
            y = cabecalhoDaFicha(boleto, largura).writeSelectedRows(0, -1, MARGEM, y, canvas);
            y = fichaDeCompensacao(boleto, largura).writeSelectedRows(0, -1, MARGEM, y, canvas);
            float baseBarras = y - 10f - BarrasItf.ALTURA;
            // Five millimetres of quiet zone before the start pattern, as bank manuals ask.
            BarrasItf.desenhar(canvas, boleto.codigoBarras(), MARGEM + 14f, baseBarras);
            rodape(canvas, largura, baseBarras);
            documento.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Falha ao montar o PDF do boleto", e);
        }
        return saida.toByteArray();
    }

    private PdfPTable reciboDoPagador(BoletoParaPdf b, float largura) {
        PdfPTable tabela = tabela(largura, 4, 2, 2);
        tabela.addCell(semBorda(new Phrase("Recibo do Pagador", TITULO), 2));
        tabela.addCell(semBorda(cabecalhoBanco(b), 1));
        tabela.addCell(campo("Beneficiário", beneficiarioCompleto(b.beneficiario()), 1));
        tabela.addCell(campo("Nosso número", texto(b.nossoNumero()), 1));
        tabela.addCell(campo("Vencimento", DATA.format(b.vencimento()), 1, true, Element.ALIGN_RIGHT));
        tabela.addCell(campo("Pagador", pagadorResumido(b.pagador()), 1));
        tabela.addCell(campo("Nº do documento", numeroDocumento(b), 1));
        tabela.addCell(campo("Valor do documento", b.valor().formatado(), 1, true, Element.ALIGN_RIGHT));
        tabela.addCell(campo("Linha digitável", b.linhaDigitavel().formatada(), 3, true, Element.ALIGN_LEFT));
        return tabela;
    }

    /** Bank, bank code and the linha digitável on one line, as every bank prints it. */
    private PdfPTable cabecalhoDaFicha(BoletoParaPdf b, float largura) {
        PdfPTable tabela = tabela(largura, 2.6f, 1.1f, 6.3f);
        PdfPCell banco = new PdfPCell(new Phrase(nomeDoBanco(b), TITULO));
        banco.setBorder(Rectangle.BOTTOM);
        banco.setVerticalAlignment(Element.ALIGN_BOTTOM);
        tabela.addCell(banco);
        PdfPCell codigo = new PdfPCell(new Phrase(codigoDoBanco(b), BANCO));
        codigo.setBorder(Rectangle.BOTTOM | Rectangle.LEFT | Rectangle.RIGHT);
        codigo.setHorizontalAlignment(Element.ALIGN_CENTER);
        codigo.setVerticalAlignment(Element.ALIGN_BOTTOM);
        tabela.addCell(codigo);
        PdfPCell linha = new PdfPCell(new Phrase(b.linhaDigitavel().formatada(), LINHA));
        linha.setBorder(Rectangle.BOTTOM);
        linha.setHorizontalAlignment(Element.ALIGN_RIGHT);
        linha.setVerticalAlignment(Element.ALIGN_BOTTOM);
        linha.setPaddingBottom(4f);
        tabela.addCell(linha);
        return tabela;
    }

    private PdfPTable fichaDeCompensacao(BoletoParaPdf b, float largura) {
        PdfPTable tabela = tabela(largura, 2, 2, 1, 1, 2, 2.6f);

        tabela.addCell(campo("Local de pagamento", b.beneficiario().localPagamento(), 5));
        tabela.addCell(campo("Vencimento", DATA.format(b.vencimento()), 1, true, Element.ALIGN_RIGHT));
        tabela.addCell(campo("Beneficiário", beneficiarioCompleto(b.beneficiario()), 5));
        tabela.addCell(campo("Agência / Código do beneficiário", texto(b.beneficiario().agenciaCodigo()), 1, false,
                Element.ALIGN_RIGHT));
        tabela.addCell(campo("Data do documento", DATA.format(b.dataDocumento()), 1));
        tabela.addCell(campo("Nº do documento", numeroDocumento(b), 1));
        tabela.addCell(campo("Espécie doc.", "DM", 1));
        tabela.addCell(campo("Aceite", "N", 1));
        tabela.addCell(campo("Data do processamento", DATA.format(b.dataDocumento()), 1));
        tabela.addCell(campo("Nosso número", texto(b.nossoNumero()), 1, false, Element.ALIGN_RIGHT));
        tabela.addCell(campo("Uso do banco", "", 1));
        tabela.addCell(campo("Carteira", "", 1));
        tabela.addCell(campo("Espécie", "R$", 1));
        tabela.addCell(campo("Quantidade", "", 1));
        tabela.addCell(campo("Valor", "", 1));
        tabela.addCell(campo("(=) Valor do documento", b.valor().formatado(), 1, true, Element.ALIGN_RIGHT));

        PdfPCell instrucoes = campo("Instruções (texto de responsabilidade do beneficiário)",
                String.join("\n", instrucoes(b)), 5);
        instrucoes.setMinimumHeight(92f);
        tabela.addCell(instrucoes);
        PdfPTable ajustes = new PdfPTable(1);
        for (String rotulo : List.of("(-) Desconto / Abatimento", "(-) Outras deduções", "(+) Mora / Multa",
                "(+) Outros acréscimos", "(=) Valor cobrado")) {
            PdfPCell ajuste = campo(rotulo, "", 1);
            ajuste.setMinimumHeight(18.4f);
            ajustes.addCell(ajuste);
        }
        PdfPCell coluna = new PdfPCell(ajustes);
        coluna.setPadding(0f);
        tabela.addCell(coluna);

        tabela.addCell(campo("Pagador", pagadorCompleto(b.pagador()), 6));
        return tabela;
    }

    private static float linhaDeCorte(PdfContentByte canvas, float y, float largura) {
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setLineDash(3f, 3f, 0f);
        canvas.moveTo(MARGEM, y);
        canvas.lineTo(MARGEM + largura, y);
        canvas.stroke();
        canvas.restoreState();
        return y;
    }

    private static void rodape(PdfContentByte canvas, float largura, float baseBarras) {
        Phrase texto = new Phrase("Autenticação mecânica - Ficha de Compensação", ROTULO);
        com.lowagie.text.pdf.ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, texto, MARGEM + largura,
                baseBarras + BarrasItf.ALTURA + 2f, 0f);
    }

    private static PdfPTable tabela(float largura, float... colunas) {
        PdfPTable tabela = new PdfPTable(colunas);
        tabela.setTotalWidth(largura);
        tabela.setLockedWidth(true);
        return tabela;
    }

    private static PdfPCell semBorda(Phrase conteudo, int colunas) {
        PdfPCell celula = new PdfPCell(conteudo);
        celula.setColspan(colunas);
        celula.setBorder(Rectangle.NO_BORDER);
        celula.setPaddingBottom(4f);
        return celula;
    }

    private static PdfPCell campo(String rotulo, String valor, int colunas) {
        return campo(rotulo, valor, colunas, false, Element.ALIGN_LEFT);
    }

    private static PdfPCell campo(String rotulo, String valor, int colunas, boolean destaque, int alinhamento) {
        Phrase conteudo = new Phrase();
        conteudo.add(new Chunk(rotulo + "\n", ROTULO));
        conteudo.add(new Chunk(valor, destaque ? VALOR_DESTAQUE : VALOR));
        PdfPCell celula = new PdfPCell(conteudo);
        celula.setColspan(colunas);
        celula.setBorderWidth(0.5f);
        celula.setPadding(2.5f);
        celula.setPaddingBottom(3.5f);
        celula.setHorizontalAlignment(alinhamento);
        celula.setLeading(0f, 1.15f);
        return celula;
    }

    private static Phrase cabecalhoBanco(BoletoParaPdf b) {
        return new Phrase(nomeDoBanco(b) + "  |  " + codigoDoBanco(b), TITULO);
    }

    private static String nomeDoBanco(BoletoParaPdf b) {
        return BANCOS.getOrDefault(b.codigoBarras().banco(), "Banco " + b.codigoBarras().banco());
    }

    private static String codigoDoBanco(BoletoParaPdf b) {
        return CODIGOS_IMPRESSOS.getOrDefault(b.codigoBarras().banco(), b.codigoBarras().banco());
    }

    private static String beneficiarioCompleto(Beneficiario beneficiario) {
        return beneficiario.documento() == null || beneficiario.documento().isBlank() ? beneficiario.nome()
                : beneficiario.nome() + " - " + beneficiario.documento();
    }

    private static String pagadorResumido(Pagador pagador) {
        return pagador.cpf() == null ? pagador.nome() : pagador.nome() + " - CPF " + pagador.cpf().formatado();
    }

    private static String pagadorCompleto(Pagador pagador) {
        String endereco = endereco(pagador.endereco());
        return endereco.isEmpty() ? pagadorResumido(pagador) : pagadorResumido(pagador) + "\n" + endereco;
    }

    private static String endereco(Endereco e) {
        if (e == null) {
            return "";
        }
        String rua = juntar(", ", e.logradouro(), e.numero(), e.complemento());
        String cidade = juntar(" / ", e.cidade(), e.uf());
        String cep = e.cep() == null || e.cep().isBlank() ? null : "CEP " + e.cep();
        return juntar(" - ", rua, e.bairro(), cidade, cep);
    }

    private static String juntar(String separador, String... partes) {
        return Stream.of(partes).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .collect(Collectors.joining(separador));
    }

    private static String numeroDocumento(BoletoParaPdf b) {
        String referencia = b.referencia() == null ? null : MES_ANO.format(b.referencia());
        String parcela = b.parcela() == null ? null : "Parcela " + b.parcela();
        String numero = juntar(" - ", parcela, referencia);
        return numero.isEmpty() ? texto(b.nossoNumero()) : numero;
    }

    private static List<String> instrucoes(BoletoParaPdf b) {
        List<String> linhas = new ArrayList<>();
        if (b.descricao() != null && !b.descricao().isBlank()) {
            linhas.add(b.descricao().strip());
        }
        if (b.referencia() != null) {
            linhas.add("Referente a " + MES_ANO.format(b.referencia()));
        }
        linhas.addAll(b.beneficiario().instrucoes());
        linhas.add("Após o vencimento, pague em qualquer banco ou app bancário; valor sujeito a encargos.");
        return linhas;
    }

    private static String texto(String valor) {
        return valor == null ? "" : valor.strip();
    }
}
