package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Reads a cliente spreadsheet (.xlsx, .xls or .csv, told apart by content, not by name) and
 * finds its header: the first row, among the first {@value #LINHAS_DE_CABECALHO}, that has both a
 * CPF and a Nome column. Refuses the whole file (nothing is imported) when it is damaged, has no
 * such header, or has more than {@value #LIMITE_LINHAS} rows; rows are counted as they are read,
 * so a file far past the limit is refused as soon as it passes it.
 */
@Component
class LeitorDePlanilha {

    static final long LIMITE_BYTES = 5L * 1024 * 1024;
    static final int LIMITE_LINHAS = 20_000;
    static final int LINHAS_DE_CABECALHO = 10;

    Planilha ler(byte[] conteudo, String nomeArquivo) {
        if (conteudo == null || conteudo.length == 0) {
            throw DomainException.invalido("ARQUIVO_VAZIO", "Arquivo vazio");
        }
        if (conteudo.length > LIMITE_BYTES) {
            throw new PlanilhaGrandeDemais("Arquivo acima de " + LIMITE_BYTES / (1024 * 1024) + " MB");
        }
        ColetorDePlanilha coletor = new ColetorDePlanilha();
        if (LeitorXlsx.ehXlsx(conteudo)) {
            LeitorXlsx.ler(conteudo, coletor);
        } else if (LeitorXls.ehXls(conteudo)) {
            LeitorXls.ler(conteudo, coletor);
        } else if (pareceExcel(nomeArquivo)) {
            throw DomainException.invalido("ARQUIVO_INVALIDO", "Planilha corrompida ou em formato desconhecido");
        } else {
            coletor.novaAba();
            LeitorCsv.ler(conteudo, coletor::aceitar);
        }
        return coletor.planilha().orElseThrow(() -> coletor.algumaLinha()
                ? DomainException.invalido("COLUNAS_OBRIGATORIAS_AUSENTES",
                        "Cabeçalho não encontrado: a planilha precisa das colunas CPF e Nome nas primeiras "
                                + LINHAS_DE_CABECALHO + " linhas")
                : DomainException.invalido("PLANILHA_VAZIA", "A planilha não tem linhas"));
    }

    private static boolean pareceExcel(String nomeArquivo) {
        String nome = nomeArquivo == null ? "" : nomeArquivo.toLowerCase(Locale.ROOT).strip();
        return nome.endsWith(".xlsx") || nome.endsWith(".xls");
    }
}
