package br.com.nexus.command.saida;

import br.com.nexus.kernel.comum.DomainException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the server may send a request that a tenant's settings point at. A payment provider's
 * base URL must name one of that provider's hosts; a self-hosted server (Evolution API) may be
 * anywhere on the internet, but not inside the installation: its name is resolved and every
 * address must be public. Checked when the settings are saved and again before each call, since
 * a name may later resolve elsewhere. Refusals are {@code URL_NAO_PERMITIDA} (422).
 */
public final class PoliticaDeSaida {

    public static final String CODIGO = "URL_NAO_PERMITIDA";

    private final SaidaProperties propriedades;
    private final Set<String> hostsAdicionais;

    public PoliticaDeSaida(SaidaProperties propriedades) {
        this.propriedades = propriedades;
        this.hostsAdicionais = propriedades.hostsAdicionais().stream().map(PoliticaDeSaida::normalizado)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The strictest policy: https only, providers' hosts only, public addresses only. */
    public static PoliticaDeSaida estrita() {
        return new PoliticaDeSaida(new SaidaProperties(false, false, List.of()));
    }

    /** A provider's base URL: https (http only if allowed) to one of {@code hostsDoProvedor} or the trusted ones. */
    public URI provedor(String url, Set<String> hostsDoProvedor, String campo) {
        URI uri = analisar(url, campo);
        String host = normalizado(uri.getHost());
        if (!hostsDoProvedor.contains(host) && !hostsAdicionais.contains(host)) {
            throw recusa(campo + " deve apontar para o provedor: " + String.join(", ",
                    hostsDoProvedor.stream().sorted().toList()));
        }
        return uri;
    }

    /** A self-hosted server's URL: https (http only if allowed) to a host whose every address is public. */
    public URI servidor(String url, String campo) {
        URI uri = analisar(url, campo);
        String host = normalizado(uri.getHost());
        if (hostsAdicionais.contains(host) || propriedades.permitirEnderecosPrivados()) {
            return uri;
        }
        InetAddress[] enderecos;
        try {
            enderecos = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw recusa(campo + ": o host " + host + " não foi encontrado");
        }
        for (InetAddress endereco : enderecos) {
            if (EnderecosInternos.interno(endereco)) {
                throw recusa(campo + " aponta para um endereço interno, que não pode ser chamado");
            }
        }
        return uri;
    }

    private URI analisar(String url, String campo) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw recusa(campo + " não é uma URL válida");
        }
        String esquema = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean permitido = "https".equals(esquema) || "http".equals(esquema) && propriedades.permitirHttp();
        if (!permitido) {
            throw recusa(campo + " deve ser uma URL https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw recusa(campo + " deve ser uma URL absoluta, com host e sem usuário");
        }
        String host = normalizado(uri.getHost());
        if (EnderecosInternos.formaNumericaAmbigua(host)) {
            throw recusa(campo + ": endereço numérico em forma não canônica");
        }
        return uri;
    }

    private static String normalizado(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static DomainException recusa(String mensagem) {
        return DomainException.regraViolada(CODIGO, mensagem);
    }
}
