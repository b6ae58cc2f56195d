package br.com.nexus.command.portal;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.portal.navegador.Credenciais;
import br.com.nexus.command.portal.navegador.PerfilPortal;
import br.com.nexus.kernel.comum.DomainException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's {@code canopus} integration: the consultant's portal login and which profile maps
 * the portal. Settings: {@code usuario} (required), {@code pontoDeVenda}, {@code perfil} (default
 * {@code canopus}) and {@code baseUrl} (overrides the profile's); secret: {@code senha}.
 */
record ConfiguracaoCanopus(String baseUrl, String perfil, Credenciais credenciais) {

    static final String TIPO = "canopus";
    static final String BASE_URL = "baseUrl";
    static final String USUARIO = "usuario";
    static final String PONTO_DE_VENDA = "pontoDeVenda";
    static final String PERFIL = "perfil";
    static final String SENHA = "senha";

    private static final Set<String> CONFIGURACOES = Set.of(BASE_URL, USUARIO, PONTO_DE_VENDA, PERFIL);
    private static final Set<String> SEGREDOS = Set.of(SENHA);
    private static final int TAMANHO_MAXIMO = 100;

    static ConfiguracaoCanopus de(Integracao integracao, PortalProperties properties) {
        Map<String, String> c = integracao.configuracao();
        validar(c, integracao.segredos(), properties);
        String perfil = texto(c.get(PERFIL));
        PerfilPortal escolhido = properties.perfil(perfil).orElseThrow();
        String baseUrl = texto(c.get(BASE_URL));
        return new ConfiguracaoCanopus(baseUrl != null ? baseUrl : escolhido.getBaseUrl().strip(), perfil,
                new Credenciais(texto(c.get(USUARIO)), integracao.segredos().get(SENHA), texto(c.get(PONTO_DE_VENDA))));
    }

    static void validar(Map<String, String> c, Map<String, String> s, PortalProperties properties) {
        desconhecidos(c.keySet(), CONFIGURACOES, "Configuração");
        desconhecidos(s.keySet(), SEGREDOS, "Segredo");
        String usuario = texto(c.get(USUARIO));
        if (usuario == null || usuario.length() > TAMANHO_MAXIMO) {
            throw invalida("usuario (login do consultor no portal) é obrigatório, até " + TAMANHO_MAXIMO + " caracteres");
        }
        String ponto = texto(c.get(PONTO_DE_VENDA));
        if (ponto != null && ponto.length() > TAMANHO_MAXIMO) {
            throw invalida("pontoDeVenda deve ter até " + TAMANHO_MAXIMO + " caracteres");
        }
        if (texto(s.get(SENHA)) == null) {
            throw invalida("Informe o segredo senha do consultor");
        }
        String nomePerfil = texto(c.get(PERFIL));
        PerfilPortal perfil = properties.perfil(nomePerfil).orElseThrow(() -> invalida("Perfil de portal desconhecido: "
                + nomePerfil + "; configurados: " + String.join(", ", new TreeSet<>(properties.getPerfis().keySet()))));
        String baseUrl = texto(c.get(BASE_URL));
        if (baseUrl == null && texto(perfil.getBaseUrl()) == null) {
            throw invalida("Informe baseUrl: o perfil " + (nomePerfil == null ? PortalProperties.PERFIL_PADRAO : nomePerfil)
                    + " não define o endereço do portal");
        }
        if (baseUrl != null) {
            url(baseUrl);
        }
    }

    private static void url(String texto) {
        try {
            URI uri = URI.create(texto);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw invalida("baseUrl deve ser um endereço http(s) absoluto");
            }
        } catch (IllegalArgumentException e) {
            throw invalida("baseUrl deve ser um endereço http(s) absoluto");
        }
    }

    private static void desconhecidos(Set<String> nomes, Set<String> aceitos, String tipo) {
        for (String nome : nomes) {
            if (!aceitos.contains(nome)) {
                throw invalida(tipo + " desconhecido(a): " + nome + "; use " + String.join(", ", new TreeSet<>(aceitos)));
            }
        }
    }

    private static String texto(String valor) {
        return valor == null || valor.isBlank() ? null : valor.strip();
    }

    private static DomainException invalida(String mensagem) {
        return DomainException.invalido("CONFIGURACAO_INVALIDA", mensagem);
    }

    @Override
    public String toString() {
        return "ConfiguracaoCanopus[" + baseUrl + ", perfil " + perfil + ", " + credenciais + "]";
    }
}
