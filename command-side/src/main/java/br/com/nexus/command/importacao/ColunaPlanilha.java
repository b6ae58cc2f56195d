package br.com.nexus.command.importacao;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The columns a cliente spreadsheet may have. Headers are matched loosely, because every office
 * names them its own way: case, accents, spaces and punctuation are ignored ("Ponto de Venda",
 * "PONTO_VENDA", "Pto. venda"...), common synonyms are known ("Telefone", "Celular", "Whats" for
 * WhatsApp), and a header that only contains a known word ("CPF do consorciado") is taken when no
 * column matches exactly.
 */
enum ColunaPlanilha {
    CPF("CPF", List.of("cpf", "cpfcliente", "cpfdocliente", "cpfconsorciado", "cpfdoconsorciado", "cpfcnpj",
            "numerocpf", "nrcpf", "ncpf", "documento", "doc"),
            h -> h.contains("cpf")),
    NOME("Nome", List.of("nome", "nomecliente", "nomedocliente", "nomecompleto", "cliente", "consorciado",
            "nomeconsorciado", "nomedoconsorciado", "razaosocial", "nomerazaosocial"),
            h -> h.startsWith("nome")),
    WHATSAPP("WhatsApp", List.of("whatsapp", "whats", "whatsap", "watsapp", "wpp", "zap", "zapzap", "celular",
            "cel", "telefone", "telefonecelular", "fone", "tel", "contato", "numerowhatsapp", "numero"),
            h -> h.contains("whats") || h.contains("celular") || h.contains("telefone") || h.contains("fone")),
    GRUPO("Grupo", List.of("grupo", "grp", "numerogrupo", "nrgrupo", "ngrupo"),
            h -> h.contains("grupo")),
    COTA("Cota", List.of("cota", "cotas", "numerocota", "nrcota", "ncota"),
            h -> h.startsWith("cota")),
    PONTO_DE_VENDA("Ponto de venda", List.of("pontodevenda", "pontovenda", "pontosdevenda", "ptovenda", "ptodevenda",
            "pdv", "ponto", "loja", "unidade", "filial"),
            h -> h.contains("pontodevenda") || h.contains("pontovenda") || h.contains("pdv"));

    private static final Pattern MARCAS = Pattern.compile("\\p{M}+");
    private static final Pattern NAO_ALFANUMERICO = Pattern.compile("[^a-z0-9]+");
    /** Below every exact synonym's rank: a header that merely contains the word loses to an exact one. */
    private static final int RANK_APROXIMADO = 1_000;

    private final String rotulo;
    private final List<String> sinonimos;
    private final Predicate<String> contem;

    ColunaPlanilha(String rotulo, List<String> sinonimos, Predicate<String> contem) {
        this.rotulo = rotulo;
        this.sinonimos = sinonimos;
        this.contem = contem;
    }

    String rotulo() {
        return rotulo;
    }

    /** {@code "Ponto de Venda "} → {@code pontodevenda}. */
    static String normalizar(String cabecalho) {
        if (cabecalho == null) {
            return "";
        }
        String semAcentos = MARCAS.matcher(Normalizer.normalize(cabecalho, Normalizer.Form.NFKD)).replaceAll("");
        return NAO_ALFANUMERICO.matcher(semAcentos.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** How well a header names this column: lower is better, negative is no match. */
    private int rank(String normalizado) {
        if (normalizado.isEmpty()) {
            return -1;
        }
        int exato = sinonimos.indexOf(normalizado);
        if (exato >= 0) {
            return exato;
        }
        return contem.test(normalizado) ? RANK_APROXIMADO : -1;
    }

    /**
     * Which column each header index holds. Best matches are taken first, so "WhatsApp" beats
     * "Telefone" for the WhatsApp column whatever their order, and each column is taken once;
     * on a tie the leftmost header wins.
     */
    static Map<ColunaPlanilha, Integer> reconhecer(List<String> cabecalhos) {
        record Candidato(ColunaPlanilha coluna, int indice, int rank) {
        }
        List<Candidato> candidatos = new ArrayList<>();
        for (int i = 0; i < cabecalhos.size(); i++) {
            String normalizado = normalizar(cabecalhos.get(i));
            for (ColunaPlanilha coluna : values()) {
                int rank = coluna.rank(normalizado);
                if (rank >= 0) {
                    candidatos.add(new Candidato(coluna, i, rank));
                }
            }
        }
        candidatos.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank())
                : Integer.compare(a.indice(), b.indice()));
        Map<ColunaPlanilha, Integer> colunas = new EnumMap<>(ColunaPlanilha.class);
        List<Integer> usados = new ArrayList<>();
        for (Candidato candidato : candidatos) {
            if (!colunas.containsKey(candidato.coluna()) && !usados.contains(candidato.indice())) {
                colunas.put(candidato.coluna(), candidato.indice());
                usados.add(candidato.indice());
            }
        }
        return colunas;
    }
}
