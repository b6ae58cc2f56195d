package br.com.nexus.command.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguracaoEvolutionTest {

    private final TenantId tenant = TenantId.novo();

    private static Map<String, String> minima() {
        return new HashMap<>(Map.of("servidorUrl", "https://evo.example.com", "instancia", "cobranca01"));
    }

    private ConfiguracaoEvolution ler(Map<String, String> configuracao, Map<String, String> segredos) {
        return ConfiguracaoEvolution.de(new Integracao(tenant, "evolution", configuracao, segredos, Instant.EPOCH));
    }

    @Test
    void semAjustesUsaORitmoEAsRetentativasPadrao() {
        ConfiguracaoEvolution configuracao = ler(minima(), Map.of("apiKey", "token"));

        assertThat(configuracao.ritmo()).isEqualTo(RegrasDeRitmo.PADRAO);
        assertThat(configuracao.retentativa()).isEqualTo(RegrasDeRetentativa.PADRAO);
        assertThat(configuracao.conexao()).hasValueSatisfying(c -> {
            assertThat(c.instancia()).isEqualTo("cobranca01");
            assertThat(c.apiKey()).isEqualTo("token");
            assertThat(c.toString()).doesNotContain("token");
        });
    }

    @Test
    void leOsAjustesDeRitmoDaEmpresa() {
        Map<String, String> configuracao = minima();
        configuracao.putAll(Map.of("intervaloMinimoSegundos", "45", "intervaloMaximoSegundos", "120",
                "pausaAposEnvios", "10", "pausaSegundos", "900", "janelaInicio", "09:00", "janelaFim", "18:30",
                "fusoHorario", "America/Manaus", "digitacaoMaximaSegundos", "0", "tentativasMaximas", "3",
                "retentativaSegundos", "30"));

        ConfiguracaoEvolution lida = ler(configuracao, Map.of("apiKey", "token"));

        assertThat(lida.ritmo()).isEqualTo(new RegrasDeRitmo(Duration.ofSeconds(45), Duration.ofSeconds(120), 10,
                Duration.ofSeconds(900), LocalTime.of(9, 0), LocalTime.of(18, 30), ZoneId.of("America/Manaus"),
                Duration.ZERO));
        assertThat(lida.retentativa()).isEqualTo(new RegrasDeRetentativa(3, Duration.ofSeconds(30)));
    }

    @Test
    void intervaloAceitaFracoesDeSegundoAPartirDeVinteMilissegundos() {
        ConfiguracaoEvolution lida = ler(com("intervaloMinimoSegundos", "0.05", "intervaloMaximoSegundos", "1.250"),
                Map.of("apiKey", "t"));

        assertThat(lida.ritmo().intervaloMinimo()).isEqualTo(Duration.ofMillis(50));
        assertThat(lida.ritmo().intervaloMaximo()).isEqualTo(Duration.ofMillis(1250));
        assertThat(ler(com("intervaloMinimoSegundos", "0", "intervaloMaximoSegundos", "0.02"), Map.of("apiKey", "t"))
                .ritmo().intervaloMaximo()).isEqualTo(Duration.ofMillis(20));
        assertThatThrownBy(() -> ler(com("intervaloMinimoSegundos", "0.01", "intervaloMaximoSegundos", "1"),
                Map.of("apiKey", "t"))).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("INTERVALO_CURTO_DEMAIS");
                    assertThat(e.getMessage()).contains("intervaloMinimoSegundos").contains("0.02");
                });
        assertInvalida(com("intervaloMinimoSegundos", "0.0505"), Map.of("apiKey", "t"), "intervaloMinimoSegundos");
        assertInvalida(com("intervaloMaximoSegundos", "-0.5"), Map.of("apiKey", "t"), "intervaloMaximoSegundos");
        assertInvalida(com("intervaloMinimoSegundos", "meio"), Map.of("apiKey", "t"), "intervaloMinimoSegundos");
    }

    @Test
    void semTokenDaInstanciaAindaNaoHaComoChamar() {
        assertThat(ler(minima(), Map.of("chaveGlobal", "global")).conexao()).isEmpty();
    }

    @Test
    void recusaConfiguracoesQueNaoFuncionam() {
        assertInvalida(Map.of("instancia", "x"), Map.of("apiKey", "t"), "servidorUrl");
        assertInvalida(Map.of("servidorUrl", "ftp://evo", "instancia", "x"), Map.of("apiKey", "t"), "servidorUrl");
        assertInvalida(Map.of("servidorUrl", "https://evo", "instancia", "com espaço"), Map.of("apiKey", "t"),
                "instancia");
        assertInvalida(minima(), Map.of(), "apiKey");
        assertInvalida(com("intervaloMinimoSegundos", "100", "intervaloMaximoSegundos", "10"), Map.of("apiKey", "t"),
                "intervaloMaximoSegundos");
        assertInvalida(com("janelaInicio", "8h"), Map.of("apiKey", "t"), "janelaInicio");
        assertInvalida(com("fusoHorario", "Marte/Olimpo"), Map.of("apiKey", "t"), "fusoHorario");
        assertInvalida(com("tentativasMaximas", "0"), Map.of("apiKey", "t"), "tentativasMaximas");
        assertInvalida(com("pausaSegundos", "abc"), Map.of("apiKey", "t"), "pausaSegundos");
        assertInvalida(com("desconhecida", "1"), Map.of("apiKey", "t"), "desconhecida");
        assertInvalida(minima(), Map.of("apiKey", "t", "senha", "x"), "senha");
    }

    private static Map<String, String> com(String... pares) {
        Map<String, String> configuracao = minima();
        for (int i = 0; i < pares.length; i += 2) {
            configuracao.put(pares[i], pares[i + 1]);
        }
        return configuracao;
    }

    private static void assertInvalida(Map<String, String> configuracao, Map<String, String> segredos, String termo) {
        assertThatThrownBy(() -> ConfiguracaoEvolution.validar(configuracao, segredos))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("CONFIGURACAO_INVALIDA");
                    assertThat(e.getMessage()).contains(termo);
                });
    }
}
