package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a cliente spreadsheet (.xlsx, .xls or .csv, told apart by content, not by name) and
 * finds its header: the first row, among the first {@value #LINHAS_DE_CABECALHO}, that has both a
 * CPF and a Nome column. Refuses the whole file (nothing is imported) when it is damaged, has no
 * such header, or has more than {@value #LIMITE_LINHAS} rows.
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
        // Enough rows for a title block above the header, plus one beyond the limit to detect it.
        int leitura = LIMITE_LINHAS + LINHAS_DE_CABECALHO + 1;
        List<List<LinhaPlanilha>> abas;
        if (LeitorExcel.ehXlsx(conteudo) || LeitorExcel.ehXls(conteudo)) {
            abas = LeitorExcel.ler(conteudo, leitura);
        } else if (pareceExcel(nomeArquivo)) {
            throw DomainException.invalido("ARQUIVO_INVALIDO", "Planilha corrompida ou em formato desconhecido");
        } else {
            abas = List.of(LeitorCsv.ler(conteudo, leitura));
        }
        for (List<LinhaPlanilha> aba : abas) {
            Optional<Planilha> planilha = comCabecalho(aba);
            if (planilha.isPresent()) {
                if (planilha.get().linhas().size() > LIMITE_LINHAS) {
                    throw new PlanilhaGrandeDemais("Planilha com mais de " + LIMITE_LINHAS
                            + " linhas: divida-a em arquivos menores");
                }
                return planilha.get();
            }
        }
        if (abas.stream().allMatch(List::isEmpty)) {
            throw DomainException.invalido("PLANILHA_VAZIA", "A planilha não tem linhas");
        }
        throw DomainException.invalido("COLUNAS_OBRIGATORIAS_AUSENTES",
                "Cabeçalho não encontrado: a planilha precisa das colunas CPF e Nome nas primeiras "
                        + LINHAS_DE_CABECALHO + " linhas");
    }

    private static Optional<Planilha> comCabecalho(List<LinhaPlanilha> linhas) {
        for (int i = 0; i < Math.min(linhas.size(), LINHAS_DE_CABECALHO); i++) {
            Map<ColunaPlanilha, Integer> colunas = ColunaPlanilha.reconhecer(linhas.get(i).celulas());
            if (colunas.containsKey(ColunaPlanilha.CPF) && colunas.containsKey(ColunaPlanilha.NOME)) {
                return Optional.of(new Planilha(colunas, new ArrayList<>(linhas.subList(i + 1, linhas.size()))));
            }
        }
        return Optional.empty();
    }

    private static boolean pareceExcel(String nomeArquivo) {
        String nome = nomeArquivo == null ? "" : nomeArquivo.toLowerCase(Locale.ROOT).strip();
        return nome.endsWith(".xlsx") || nome.endsWith(".xls");
    }
}
