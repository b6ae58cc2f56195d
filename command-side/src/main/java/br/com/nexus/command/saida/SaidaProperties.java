package br.com.nexus.command.saida;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nexus.seguranca.saida.*}: what the installation's operator allows the server to call on a
 * tenant's behalf. All off by default; tests and the demo, which talk to local stand-ins, turn
 * them on.
 *
 * @param permitirEnderecosPrivados calls to loopback, private, link-local and other internal
 *                                  addresses (a self-hosted Evolution on the same network)
 * @param permitirHttp              plain http:// besides https://
 * @param hostsAdicionais           host names trusted besides the providers' own: accepted as a
 *                                  provider's base URL and exempt from the address check
 */
@ConfigurationProperties("nexus.seguranca.saida")
public record SaidaProperties(boolean permitirEnderecosPrivados, boolean permitirHttp, List<String> hostsAdicionais) {

    public SaidaProperties {
        hostsAdicionais = hostsAdicionais == null ? List.of() : List.copyOf(hostsAdicionais);
    }
}
