package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The older Excel format (.xls), read whole by Apache POI: it has no streaming reader worth its
 * complexity for a format offices are leaving, so the file itself is held to {@link #LIMITE_BYTES},
 * which a 20,000-row sheet of the usual columns fits. An .xlsx saved with a password is also this
 * kind of file, and is refused as such.
 */
final class LeitorXls {

    static final long LIMITE_BYTES = 3L * 1024 * 1024;
    /** Where an encrypted .xlsx keeps the workbook inside its OLE2 container. */
    private static final String PACOTE_CIFRADO = "EncryptedPackage";

    private LeitorXls() {
    }

    static boolean ehXls(byte[] conteudo) {
        return conteudo.length >= 8 && (conteudo[0] & 0xFF) == 0xD0 && (conteudo[1] & 0xFF) == 0xCF
                && (conteudo[2] & 0xFF) == 0x11 && (conteudo[3] & 0xFF) == 0xE0;
    }

    static void ler(byte[] conteudo, ColetorDePlanilha coletor) {
        if (conteudo.length > LIMITE_BYTES) {
            throw new PlanilhaGrandeDemais("Planilha .xls acima de " + LIMITE_BYTES / (1024 * 1024)
                    + " MB: salve-a como .xlsx ou .csv");
        }
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(conteudo))) {
            if (ole.getRoot().hasEntry(PACOTE_CIFRADO)) {
                throw protegida();
            }
            try (HSSFWorkbook pasta = new HSSFWorkbook(ole.getRoot(), true)) {
                for (int i = 0; i < Math.min(pasta.getNumberOfSheets(), LeitorXlsx.ABAS_MAXIMAS); i++) {
                    coletor.novaAba();
                    ler(pasta.getSheetAt(i), coletor);
                    if (coletor.encontrou()) {
                        return;
                    }
                }
            }
        } catch (EncryptedDocumentException e) {
            throw protegida();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException || e instanceof PlanilhaGrandeDemais) {
                throw (RuntimeException) e;
            }
            // POI reports a damaged workbook with a wide range of IOExceptions and RuntimeExceptions.
            throw DomainException.invalido("ARQUIVO_INVALIDO", "Planilha corrompida ou em formato desconhecido");
        }
    }

    private static void ler(Sheet aba, ColetorDePlanilha coletor) {
        for (Row row : aba) {
            List<String> celulas = new ArrayList<>();
            int ultima = Math.min(Math.max(row.getLastCellNum(), 0), LinhasDaAba.COLUNAS_MAXIMAS);
            for (int c = 0; c < ultima; c++) {
                Cell cell = row.getCell(c);
                celulas.add(cell == null ? null : texto(cell));
            }
            if (!coletor.aceitar(new LinhaPlanilha(row.getRowNum() + 1, celulas))) {
                return;
            }
        }
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

    private static DomainException protegida() {
        return DomainException.invalido("ARQUIVO_INVALIDO", "Planilha protegida por senha: salve-a sem senha");
    }
}
