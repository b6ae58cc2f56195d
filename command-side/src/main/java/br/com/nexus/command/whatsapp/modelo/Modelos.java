package br.com.nexus.command.whatsapp.modelo;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template language: plain text with {@code {variavel}} placeholders from a fixed set. A
 * template names several variants so consecutive messages differ (WhatsApp bans numbers that send
 * the same text over and over).
 */
public final class Modelos {

    public static final String NOME = "nome";
    public static final String VALOR = "valor";
    public static final String VENCIMENTO = "vencimento";
    public static final String LINHA_DIGITAVEL = "linha_digitavel";
    public static final String DESCRICAO = "descricao";
    public static final String DATA_ATUAL = "data_atual";
    public static final Set<String> VARIAVEIS = Set.of(NOME, VALOR, VENCIMENTO, LINHA_DIGITAVEL, DESCRICAO, DATA_ATUAL);

    static final int MAXIMO_VARIANTES = 10;
    static final int MAXIMO_TEXTO = 2000;

    /** Used while a tenant has no template of its own. */
    public static final List<String> PADRAO = List.of(
            "Olá, {nome}! Segue o seu boleto de {valor} com vencimento em {vencimento}. "
                    + "Linha digitável: {linha_digitavel}",
            "Oi, {nome}, tudo bem? Enviamos o boleto de {valor}, que vence em {vencimento}. "
                    + "Para pagar, use a linha digitável {linha_digitavel}",
            "{nome}, aqui está o boleto com vencimento em {vencimento}, no valor de {valor}. "
                    + "Código para pagamento: {linha_digitavel}");

    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern VARIAVEL = Pattern.compile("\\{([^{}\\n]{1,40})}");

    private Modelos() {
    }

    /**
     * The variants as stored: stripped, 1 to 10 of them, none blank, too long or repeated, and no
     * unknown variable (422 {@code VARIAVEL_DESCONHECIDA}, naming it and the known ones).
     */
    public static List<String> validar(List<String> variantes) {
        if (variantes == null || variantes.isEmpty()) {
            throw DomainException.invalido("VARIANTES_OBRIGATORIAS", "Informe ao menos uma variante do texto");
        }
        if (variantes.size() > MAXIMO_VARIANTES) {
            throw DomainException.invalido("VARIANTES_DEMAIS", "No máximo " + MAXIMO_VARIANTES + " variantes");
        }
        Set<String> vistas = new HashSet<>();
        for (String variante : variantes) {
            if (variante == null || variante.isBlank()) {
                throw DomainException.invalido("VARIANTE_VAZIA", "Variante sem texto");
            }
            if (variante.length() > MAXIMO_TEXTO) {
                throw DomainException.invalido("VARIANTE_LONGA", "Variante com mais de " + MAXIMO_TEXTO + " caracteres");
            }
            if (!vistas.add(variante.strip())) {
                throw DomainException.regraViolada("VARIANTE_REPETIDA",
                        "Variantes repetidas não evitam o bloqueio do número; escreva textos diferentes");
            }
            Set<String> desconhecidas = desconhecidas(variante);
            if (!desconhecidas.isEmpty()) {
                throw DomainException.regraViolada("VARIAVEL_DESCONHECIDA", "Variável desconhecida: "
                        + String.join(", ", desconhecidas.stream().map(v -> "{" + v + "}").toList())
                        + "; use " + String.join(", ", VARIAVEIS.stream().sorted().map(v -> "{" + v + "}").toList()));
            }
        }
        return variantes.stream().map(String::strip).toList();
    }

    /**
     * The variables' values for one boleto of one cliente, as the message shows them: R$ 1.234,56,
     * 05/12/2026, the linha digitável in its groups. {@code hoje} is the firm's date.
     */
    public static Map<String, String> valores(String nome, Dinheiro valor, LocalDate vencimento,
            LinhaDigitavel linhaDigitavel, String descricao, LocalDate hoje) {
        return Map.of(
                NOME, nome,
                VALOR, valor.formatado(),
                VENCIMENTO, vencimento.format(DATA),
                LINHA_DIGITAVEL, linhaDigitavel.formatada(),
                DESCRICAO, descricao == null ? "" : descricao,
                DATA_ATUAL, hoje.format(DATA));
    }

    /** Replaces each known variable with its value (absent values become empty). */
    public static String renderizar(String variante, Map<String, String> valores) {
        Matcher m = VARIAVEL.matcher(variante);
        StringBuilder saida = new StringBuilder();
        while (m.find()) {
            String nome = normalizar(m.group(1));
            String valor = VARIAVEIS.contains(nome) ? valores.getOrDefault(nome, "") : m.group();
            m.appendReplacement(saida, Matcher.quoteReplacement(valor == null ? "" : valor));
        }
        m.appendTail(saida);
        return saida.toString().strip();
    }

    private static Set<String> desconhecidas(String variante) {
        Set<String> desconhecidas = new LinkedHashSet<>();
        Matcher m = VARIAVEL.matcher(variante);
        while (m.find()) {
            String nome = normalizar(m.group(1));
            if (!VARIAVEIS.contains(nome)) {
                desconhecidas.add(m.group(1).strip());
            }
        }
        return desconhecidas;
    }

    private static String normalizar(String nome) {
        return nome.strip().toLowerCase(Locale.ROOT);
    }
}
