package br.com.nexus.command.saida;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnderecosInternosTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
            "192.168.0.1", "192.168.255.255", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254",
            "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "198.18.0.1",
            "192.0.0.8", "::1", "::", "fe80::1", "febf::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
            "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1"})
    void enderecoInternoEhRecusado(String literal) throws UnknownHostException {
        assertThat(EnderecosInternos.interno(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "169.253.255.255", "192.169.0.1", "11.0.0.1", "2001:4860:4860::8888", "2606:4700::1111",
            "::ffff:8.8.8.8", "2002:0808:0808::1"})
    void enderecoPublicoEhAceito(String literal) throws UnknownHostException {
        assertThat(EnderecosInternos.interno(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2130706433", "0x7f000001", "0x7f.0.0.1", "0177.0.0.1", "127.1", "127.0.1", "017700000001",
            "127.000.000.001", "0x7F000001.", "1"})
    void formaNumericaNaoCanonicaEhAmbigua(String host) {
        assertThat(EnderecosInternos.formaNumericaAmbigua(host)).as(host).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "8.8.8.8", "api.asaas.com", "cafe.be", "evolution.exemplo.com.br", "0xcafe.com",
            "1password.com"})
    void hostCanonicoNaoEhAmbiguo(String host) {
        assertThat(EnderecosInternos.formaNumericaAmbigua(host)).as(host).isFalse();
    }
}
