package br.com.nexus.command.importacao;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes a workbook's rows as they are read, sheet after sheet, and keeps only what the import
 * needs: a sheet's header is the first row, among its first {@value LeitorDePlanilha#LINHAS_DE_CABECALHO}
 * non-blank ones, that has both a CPF and a Nome column; a sheet without one is dropped after those
 * rows, and the data rows of the sheet with one are counted as they arrive, the file refused at row
 * {@value LeitorDePlanilha#LIMITE_LINHAS} + 1. Of each data row only the recognized columns are kept.
 */
final class ColetorDePlanilha {

    private Map<ColunaPlanilha, Integer> colunas;
    private List<LinhaPlanilha> linhas = new ArrayList<>();
    private int linhasSemCabecalho;
    private boolean algumaLinha;

    void novaAba() {
        colunas = null;
        linhas = new ArrayList<>();
        linhasSemCabecalho = 0;
    }

    /** False once this sheet needs no more rows: it has no header where one could be. */
    boolean aceitar(LinhaPlanilha linha) {
        if (linha.vazia()) {
            return true;
        }
        algumaLinha = true;
        if (colunas == null) {
            Map<ColunaPlanilha, Integer> reconhecidas = ColunaPlanilha.reconhecer(linha.celulas());
            if (reconhecidas.containsKey(ColunaPlanilha.CPF) && reconhecidas.containsKey(ColunaPlanilha.NOME)) {
                colunas = reconhecidas;
                return true;
            }
            return ++linhasSemCabecalho < LeitorDePlanilha.LINHAS_DE_CABECALHO;
        }
        if (linhas.size() >= LeitorDePlanilha.LIMITE_LINHAS) {
            throw new PlanilhaGrandeDemais("Planilha com mais de " + LeitorDePlanilha.LIMITE_LINHAS
                    + " linhas: divida-a em arquivos menores");
        }
        linhas.add(soAsColunasReconhecidas(linha));
        return true;
    }

    /** Cells of columns the import does not use would only take memory until the end of the import. */
    private LinhaPlanilha soAsColunasReconhecidas(LinhaPlanilha linha) {
        List<String> celulas = new ArrayList<>();
        for (int indice : colunas.values()) {
            while (celulas.size() <= indice) {
                celulas.add(null);
            }
            celulas.set(indice, linha.celula(indice));
        }
        return new LinhaPlanilha(linha.numero(), celulas);
    }

    boolean encontrou() {
        return colunas != null;
    }

    Optional<Planilha> planilha() {
        return encontrou() ? Optional.of(new Planilha(colunas, linhas)) : Optional.empty();
    }

    boolean algumaLinha() {
        return algumaLinha;
    }
}
