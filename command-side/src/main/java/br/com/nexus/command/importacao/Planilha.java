package br.com.nexus.command.importacao;

import java.util.List;
import java.util.Map;

/** A spreadsheet's recognized columns (column → cell index) and its data rows, header excluded. */
record Planilha(Map<ColunaPlanilha, Integer> colunas, List<LinhaPlanilha> linhas) {

    String valor(LinhaPlanilha linha, ColunaPlanilha coluna) {
        return linha.celula(colunas.get(coluna));
    }
}
