package br.com.nexus.app.importacao;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real .xlsx files for {@code POST /api/clientes/importacao}, written with Apache POI. */
public final class Planilhas {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Planilhas() {
    }

    /** Row {@code indice} of the sheet with these texts in its first cells. */
    public static void linha(Sheet aba, int indice, String... valores) {
        Row row = aba.createRow(indice);
        for (int i = 0; i < valores.length; i++) {
            row.createCell(i).setCellValue(valores[i]);
        }
    }

    /** The workbook's bytes; the workbook is closed. */
    public static byte[] xlsx(XSSFWorkbook pasta) throws IOException {
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        pasta.write(saida);
        pasta.close();
        return saida.toByteArray();
    }

    /**
     * An .xlsx of a few hundred KB whose one sheet, under a valid CPF/Nome header, unpacks to about
     * {@code megabytes}: written part by part with a ZipOutputStream, the sheet never held whole.
     */
    public static byte[] abaQueDescompactaEm(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            parte(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            parte(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                    + "main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Clientes\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            parte(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
                    + "sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            escrever(zip, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>CPF</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>Nome</t></is></c></row>");
            String linha = "<row><c t=\"inlineStr\"><is><t>" + "x".repeat(64 * 1024) + "</t></is></c></row>";
            for (long escritos = 0; escritos < megabytes * 1024L * 1024; escritos += linha.length()) {
                escrever(zip, linha);
            }
            escrever(zip, "</sheetData></worksheet>");
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void parte(ZipOutputStream zip, String nome, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(nome));
        escrever(zip, xml);
        zip.closeEntry();
    }

    private static void escrever(ZipOutputStream zip, String texto) throws IOException {
        zip.write(texto.getBytes(StandardCharsets.UTF_8));
    }
}
