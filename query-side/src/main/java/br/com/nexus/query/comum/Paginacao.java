package br.com.nexus.query.comum;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.Ordenacao;
import java.util.Locale;
import java.util.Set;

/** Validates the paging and sorting parameters of the list endpoints. */
public final class Paginacao {

    public static final int TAMANHO_MAXIMO = 200;
    public static final String TAMANHO_PADRAO = "20";
    private static final int PAGINA_MAXIMA = 1_000_000;

    private Paginacao() {
    }

    public static void validar(int page, int size) {
        if (page < 0 || page > PAGINA_MAXIMA) {
            throw DomainException.invalido("REQUISICAO_INVALIDA", "page deve estar entre 0 e " + PAGINA_MAXIMA);
        }
        if (size < 1 || size > TAMANHO_MAXIMO) {
            throw DomainException.invalido("REQUISICAO_INVALIDA", "size deve estar entre 1 e " + TAMANHO_MAXIMO);
        }
    }

    /**
     * Parses {@code campo} or {@code campo,asc|desc}; null or blank means the list's default order.
     * A field the list does not offer is the caller's fault.
     */
    public static Ordenacao ordenacao(String sort, Set<String> campos) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        String[] partes = sort.split(",", -1);
        String campo = partes[0].strip();
        if (!campos.contains(campo) || partes.length > 2) {
            throw DomainException.invalido("ORDENACAO_INVALIDA",
                    "Ordenação inválida: use um de " + String.join(", ", campos.stream().sorted().toList())
                            + ", opcionalmente seguido de ,asc ou ,desc");
        }
        if (partes.length == 1) {
            return new Ordenacao(campo, false);
        }
        return switch (partes[1].strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> new Ordenacao(campo, false);
            case "desc" -> new Ordenacao(campo, true);
            default -> throw DomainException.invalido("ORDENACAO_INVALIDA", "Direção de ordenação deve ser asc ou desc");
        };
    }
}
