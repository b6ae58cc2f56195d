package br.com.nexus.command.importacao;

import java.util.List;

/** One row as read from the file: its number as a spreadsheet program shows it (header = 1) and its cells as text. */
record LinhaPlanilha(int numero, List<String> celulas) {

    String celula(Integer indice) {
        if (indice == null || indice >= celulas.size()) {
            return null;
        }
        String valor = celulas.get(indice);
        return valor == null || valor.isBlank() ? null : valor;
    }

    boolean vazia() {
        return celulas.stream().allMatch(c -> c == null || c.isBlank());
    }
}
