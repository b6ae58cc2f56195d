package br.com.nexus.command.importacao;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx part by part with a {@link ZipOutputStream}, the sheet's XML streamed row by row:
 * so a test can build a file whose sheet unpacks to a hundred megabytes, or whose shared strings
 * number a million, without ever holding them.
 */
final class XlsxCru {

    interface Escrita {
        void em(Xml xml) throws IOException;
    }

    /** Text written straight into the compressed part. */
    static final class Xml {
        private final OutputStream saida;

        Xml(OutputStream saida) {
            this.saida = saida;
        }

        Xml escrever(String texto) throws IOException {
            saida.write(texto.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** {@code <row>} of inline-string cells, the way any writer may put them. */
        Xml linha(int numero, String... celulas) throws IOException {
            StringBuilder linha = new StringBuilder("<row r=\"").append(numero).append("\">");
            for (int i = 0; i < celulas.length; i++) {
                linha.append("<c r=\"").append((char) ('A' + i)).append(numero).append("\" t=\"inlineStr\"><is><t>")
                        .append(celulas[i]).append("</t></is></c>");
            }
            return escrever(linha.append("</row>").toString());
        }
    }

    private XlsxCru() {
    }

    /** A one-sheet workbook; {@code compartilhados} null for none. */
    static byte[] pasta(Escrita aba, Escrita compartilhados) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            parte(zip, "[Content_Types].xml", xml -> xml.escrever("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (compartilhados == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>"));
            parte(zip, "_rels/.rels", xml -> xml.escrever("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"));
            parte(zip, "xl/workbook.xml", xml -> xml.escrever("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Clientes\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            parte(zip, "xl/_rels/workbook.xml.rels", xml -> xml.escrever("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (compartilhados == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>"));
            if (compartilhados != null) {
                parte(zip, "xl/sharedStrings.xml", compartilhados);
            }
            parte(zip, "xl/worksheets/sheet1.xml", xml -> {
                xml.escrever("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                aba.em(xml);
                xml.escrever("</sheetData></worksheet>");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One sheet of {@code dados} rows under a CPF/Nome header, every row a valid cliente. */
    static byte[] comLinhas(int dados) {
        return pasta(xml -> {
            xml.linha(1, "CPF", "Nome", "WhatsApp");
            for (int i = 0; i < dados; i++) {
                xml.linha(i + 2, "111.444.777-35", "Cliente " + i, "11987654321");
            }
        }, null);
    }

    /** A valid header, then rows until the sheet unpacks to about {@code megabytes}. */
    static byte[] abaDe(int megabytes) {
        return pasta(xml -> {
            xml.linha(1, "CPF", "Nome");
            String celula = "x".repeat(1000);
            long escritos = 0;
            for (int i = 2; escritos < megabytes * 1024L * 1024; i++) {
                StringBuilder linha = new StringBuilder("<row r=\"").append(i).append("\">");
                for (int c = 0; c < 20; c++) {
                    linha.append("<c t=\"inlineStr\"><is><t>").append(celula).append("</t></is></c>");
                }
                String texto = linha.append("</row>").toString();
                xml.escrever(texto);
                escritos += texto.length();
            }
        }, null);
    }

    /** {@code quantos} distinct shared strings, declared with a lying uniqueCount, and a sheet that uses two. */
    static byte[] comTextosCompartilhados(int quantos) {
        return pasta(xml -> {
            xml.escrever("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>");
        }, xml -> {
            xml.escrever("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" count=\"2147483647\" uniqueCount=\"2147483647\">");
            xml.escrever("<si><t>CPF</t></si><si><t>Nome</t></si>");
            for (int i = 2; i < quantos; i++) {
                xml.escrever("<si><t>t" + i + "</t></si>");
            }
            xml.escrever("</sst>");
        });
    }

    private static void parte(ZipOutputStream zip, String nome, Escrita escrita) throws IOException {
        zip.putNextEntry(new ZipEntry(nome));
        escrita.em(new Xml(zip));
        zip.closeEntry();
    }
}
