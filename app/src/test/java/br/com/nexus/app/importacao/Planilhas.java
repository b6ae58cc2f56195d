package br.com.nexus.app.importacao;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
}
