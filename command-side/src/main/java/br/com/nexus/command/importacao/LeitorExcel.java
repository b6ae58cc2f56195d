package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Excel workbooks (.xlsx, and the older .xls) through Apache POI. Numbers come back as their plain
 * digits (a CPF typed as a number is {@code 1.1144477735E10} to Excel), and an .xlsx is measured
 * unpacked before POI opens it, so a small file that inflates to gigabytes is refused first.
 */
final class LeitorExcel {

    /** Unpacked size a 20,000-row sheet stays far below; a zip bomb does not. */
    static final long DESCOMPACTADO_MAXIMO = 100L * 1024 * 1024;
    private static final int COLUNAS_MAXIMAS = 100;
    private static final int ABAS_MAXIMAS = 20;

    private LeitorExcel() {
    }

    static boolean ehXlsx(byte[] conteudo) {
        return conteudo.length >= 4 && conteudo[0] == 'P' && conteudo[1] == 'K' && conteudo[2] == 3 && conteudo[3] == 4;
    }

    static boolean ehXls(byte[] conteudo) {
        return conteudo.length >= 8 && (conteudo[0] & 0xFF) == 0xD0 && (conteudo[1] & 0xFF) == 0xCF
                && (conteudo[2] & 0xFF) == 0x11 && (conteudo[3] & 0xFF) == 0xE0;
    }

    /** The rows of each sheet, in order, each list cut once it holds more than {@code limiteLinhas}. */
    static List<List<LinhaPlanilha>> ler(byte[] conteudo, int limiteLinhas) {
        if (ehXlsx(conteudo)) {
            medirDescompactado(conteudo);
        }
        try (Workbook planilha = WorkbookFactory.create(new ByteArrayInputStream(conteudo))) {
            List<List<LinhaPlanilha>> abas = new ArrayList<>();
            for (int i = 0; i < Math.min(planilha.getNumberOfSheets(), ABAS_MAXIMAS); i++) {
                abas.add(linhas(planilha.getSheetAt(i), limiteLinhas));
            }
            return abas;
        } catch (EncryptedDocumentException e) {
            throw DomainException.invalido("ARQUIVO_INVALIDO", "Planilha protegida por senha: salve-a sem senha");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException dominio) {
                throw dominio;
            }
            // POI reports a damaged workbook with a wide range of IOExceptions and RuntimeExceptions.
            throw DomainException.invalido("ARQUIVO_INVALIDO", "Planilha corrompida ou em formato desconhecido");
        }
    }

    private static List<LinhaPlanilha> linhas(Sheet aba, int limiteLinhas) {
        List<LinhaPlanilha> linhas = new ArrayList<>();
        for (Row row : aba) {
            List<String> celulas = new ArrayList<>();
            int ultima = Math.min(Math.max(row.getLastCellNum(), 0), COLUNAS_MAXIMAS);
            for (int c = 0; c < ultima; c++) {
                Cell cell = row.getCell(c);
                celulas.add(cell == null ? null : texto(cell));
            }
            LinhaPlanilha linha = new LinhaPlanilha(row.getRowNum() + 1, celulas);
            if (!linha.vazia()) {
                linhas.add(linha);
                if (linhas.size() > limiteLinhas) {
                    break;
                }
            }
        }
        return linhas;
    }

    static String texto(Cell cell) {
        CellType tipo = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (tipo) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
    }

    private static void medirDescompactado(byte[] conteudo) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(conteudo))) {
            ZipEntry entrada;
            while ((entrada = zip.getNextEntry()) != null) {
                total += descartar(zip, buffer, DESCOMPACTADO_MAXIMO - total);
                if (total > DESCOMPACTADO_MAXIMO) {
                    throw new PlanilhaGrandeDemais("Planilha descompactada passa de "
                            + DESCOMPACTADO_MAXIMO / (1024 * 1024) + " MB");
                }
            }
        } catch (IOException e) {
            throw DomainException.invalido("ARQUIVO_INVALIDO", "Planilha corrompida: o arquivo .xlsx não abre");
        }
    }

    /** Reads and drops an entry, stopping just past {@code restante} bytes. */
    private static long descartar(InputStream entrada, byte[] buffer, long restante) throws IOException {
        long lidos = 0;
        int n;
        while ((n = entrada.read(buffer)) > 0) {
            lidos += n;
            if (lidos > restante) {
                break;
            }
        }
        return lidos;
    }
}
