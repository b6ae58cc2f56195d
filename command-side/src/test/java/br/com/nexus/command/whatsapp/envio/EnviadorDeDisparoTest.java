package br.com.nexus.command.whatsapp.envio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.whatsapp.BancoWhatsappDeTeste;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import br.com.nexus.command.whatsapp.HistoricoDeAgregados;
import br.com.nexus.command.whatsapp.InstanciasWhatsapp;
import br.com.nexus.command.whatsapp.RegrasDeRetentativa;
import br.com.nexus.command.whatsapp.RegrasDeRitmo;
import br.com.nexus.command.whatsapp.RespostasEvolution;
import br.com.nexus.command.whatsapp.WhatsappProperties;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.DadosDisparo;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.Reivindicacao;
import br.com.nexus.command.whatsapp.evolution.EvolutionClient;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One attempt against a fake Evolution API, from the connection check to the send. */
class EnviadorDeDisparoTest {

    private static final Instant AGORA = Instant.parse("2026-03-10T13:00:00Z");
    private static final String CONSULTA = "/chat/whatsappNumbers/cobranca01";

    private final TenantId tenant = TenantId.novo();
    private final ClienteId cliente = ClienteId.novo();
    private final BoletoId boleto = BoletoId.novo();
    private final EventStore eventos =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private WireMockServer evolution;
    private EnviadorDeDisparo enviador;

    @BeforeEach
    void iniciar() {
        evolution = new WireMockServer(options().dynamicPort());
        evolution.start();
        evolution.stubFor(get("/instance/connectionState/cobranca01").willReturn(json(200, RespostasEvolution.ABERTA)));
        ConfiguracaoEvolution configuracao = new ConfiguracaoEvolution(tenant, URI.create(evolution.baseUrl()),
                "cobranca01", null, "token", null, null, null, RegrasDeRitmo.PADRAO, RegrasDeRetentativa.PADRAO);
        ConfiguracoesEvolution configuracoes = new ConfiguracoesEvolution(null) {
            @Override
            public Optional<ConfiguracaoEvolution> doTenant(TenantId tenantId) {
                return Optional.of(configuracao).filter(c -> c.tenantId().equals(tenantId));
            }
        };
        WhatsappProperties propriedades = new WhatsappProperties(Duration.ofSeconds(2), Duration.ofSeconds(2), 2,
                Duration.ofMillis(10), 20, 20, 50, Duration.ofSeconds(30), Duration.ofSeconds(1), 4,
                Duration.ofMinutes(15));
        GatewayEvolution gateway = new GatewayEvolution(new EvolutionClient(EvolutionClient.http(Duration.ofSeconds(2)),
                new ObjectMapper(), Duration.ofSeconds(2)), propriedades);
        enviador = new EnviadorDeDisparo(configuracoes, new HistoricoDeAgregados(eventos), gateway,
                new Jids(BancoWhatsappDeTeste.jdbcTemplate()), (t, anexo) -> Optional.empty(),
                new InstanciasWhatsapp(BancoWhatsappDeTeste.jdbcTemplate()));
    }

    @AfterEach
    void parar() {
        evolution.stop();
    }

    @Test
    void conexaoQueCaiNaConsultaDoNumeroFicaParaOutraTentativa() {
        for (String corpo : List.of(RespostasEvolution.CONSULTA_CONEXAO_FECHADA,
                RespostasEvolution.CONSULTA_ERRO_SEM_MENSAGEM)) {
            evolution.stubFor(post(CONSULTA).willReturn(json(400, corpo)));

            Resultado resultado = enviador.enviar(reivindicacao(null), AGORA);

            assertThat(resultado).as(corpo).isInstanceOfSatisfying(Resultado.Falhou.class, falhou -> {
                assertThat(falhou.retentavel()).isTrue();
                assertThat(falhou.erro()).startsWith(MotivosDeFalha.GATEWAY_INDISPONIVEL + ":");
            });
        }
    }

    private Reivindicacao reivindicacao(String anexo) {
        return new Reivindicacao(new DadosDisparo(DisparoId.novo(), tenant, boleto, cliente, "5511987654321",
                "Olá, segue seu boleto", anexo, AGORA.minusSeconds(5)), 1, false, Duration.ZERO);
    }

    private static ResponseDefinitionBuilder json(int status, String corpo) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(corpo);
    }
}
