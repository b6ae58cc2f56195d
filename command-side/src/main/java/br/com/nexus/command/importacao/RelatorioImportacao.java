package br.com.nexus.command.importacao;

import java.util.List;

/**
 * The outcome of one import: data rows read; clientes created, updated, and already up to date
 * (known CPF, nothing new); and each rejected row with its number (as the spreadsheet program
 * shows it) and reason.
 */
public record RelatorioImportacao(int linhas, int importados, int atualizados, int inalterados,
                                  List<LinhaRejeitada> rejeitados) {

    public record LinhaRejeitada(int linha, String motivo) {
    }
}
