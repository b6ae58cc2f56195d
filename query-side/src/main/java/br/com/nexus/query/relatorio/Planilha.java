package br.com.nexus.query.relatorio;

import br.com.nexus.kernel.comum.Dinheiro;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet written row by row (Apache POI's streaming workbook keeps only a window of rows in
 * memory), with real cell types: dates as dates, amounts as currency, counts as numbers; a styled,
 * frozen header row and filters on every column.
 */
final class Planilha implements AutoCloseable {

    enum Tipo { TEXTO, DATA, DATA_HORA, MOEDA, INTEIRO }

    record Coluna(String titulo, Tipo tipo, int largura) {
    }

    private static final int JANELA = 200;

    private final SXSSFWorkbook livro = new SXSSFWorkbook(JANELA);
    private final SXSSFSheet aba;
    private final List<Coluna> colunas;
    private final ZoneId fuso;
    private final CellStyle estiloData;
    private final CellStyle estiloDataHora;
    private final CellStyle estiloMoeda;
    private int linhas;

    Planilha(String nomeDaAba, List<Coluna> colunas, ZoneId fuso) {
        this.colunas = colunas;
        this.fuso = fuso;
        this.aba = livro.createSheet(nomeDaAba);
        var formatos = livro.getCreationHelper().createDataFormat();
        estiloData = livro.createCellStyle();
        estiloData.setDataFormat(formatos.getFormat("dd/mm/yyyy"));
        estiloDataHora = livro.createCellStyle();
        estiloDataHora.setDataFormat(formatos.getFormat("dd/mm/yyyy hh:mm"));
        estiloMoeda = livro.createCellStyle();
        estiloMoeda.setDataFormat(formatos.getFormat("\"R$\" #,##0.00"));
        cabecalho();
    }

    private void cabecalho() {
        Font negrito = livro.createFont();
        negrito.setBold(true);
        negrito.setColor(IndexedColors.WHITE.getIndex());
        CellStyle estilo = livro.createCellStyle();
        estilo.setFont(negrito);
        estilo.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
        estilo.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        estilo.setBorderBottom(BorderStyle.THIN);
        Row linha = aba.createRow(linhas++);
        for (int i = 0; i < colunas.size(); i++) {
            Cell celula = linha.createCell(i);
            celula.setCellValue(colunas.get(i).titulo());
            celula.setCellStyle(estilo);
            aba.setColumnWidth(i, colunas.get(i).largura() * 256);
        }
        aba.createFreezePane(0, 1);
    }

    /** Appends a row; values line up with the columns, null leaves the cell empty. */
    void linha(Object... valores) {
        Row linha = aba.createRow(linhas++);
        for (int i = 0; i < colunas.size(); i++) {
            Object valor = valores[i];
            if (valor == null) {
                continue;
            }
            Cell celula = linha.createCell(i);
            switch (colunas.get(i).tipo()) {
                case DATA -> {
                    celula.setCellValue((LocalDate) valor);
                    celula.setCellStyle(estiloData);
                }
                case DATA_HORA -> {
                    celula.setCellValue(LocalDateTime.ofInstant((Instant) valor, fuso));
                    celula.setCellStyle(estiloDataHora);
                }
                case MOEDA -> {
                    // A spreadsheet cell only holds a binary double; the amount is exact up to here.
                    celula.setCellValue(((Dinheiro) valor).reais().doubleValue());
                    celula.setCellStyle(estiloMoeda);
                }
                case INTEIRO -> celula.setCellValue(((Number) valor).longValue());
                case TEXTO -> celula.setCellValue(valor.toString());
            }
        }
    }

    void escrever(OutputStream saida) throws IOException {
        aba.setAutoFilter(new CellRangeAddress(0, Math.max(0, linhas - 1), 0, colunas.size() - 1));
        livro.write(saida);
    }

    @Override
    public void close() throws IOException {
        livro.close();
    }
}
