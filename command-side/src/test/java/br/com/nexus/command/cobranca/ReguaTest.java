package br.com.nexus.command.cobranca;

import static br.com.nexus.command.TestData.erro;

import br.com.nexus.kernel.cobranca.DefinirReguaDeCobrancaCommand;
import br.com.nexus.kernel.cobranca.EtapaRegua;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaDeCobrancaDefinida;
import br.com.nexus.kernel.cobranca.ReguaId;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReguaTest {

    private static final UUID MODELO = UUID.randomUUID();

    private final TenantId tenant = TenantId.novo();
    private final ReguaId id = ReguaId.doTenant(tenant);
    private AggregateTestFixture<Regua> fixture;

    @BeforeEach
    void configurar() {
        fixture = new AggregateTestFixture<>(Regua.class);
        fixture.registerInjectableResource((ModelosDaRegua) (t, modelo) -> t.equals(tenant) && modelo.equals(MODELO));
    }

    @Test
    void defineAReguaDaEmpresa() {
        ReguaDeCobranca regua = regua(new EtapaRegua("Lembrete", -2, MODELO, true));
        fixture.givenNoPriorActivity()
                .when(new DefinirReguaDeCobrancaCommand(id, tenant, regua))
                .expectEvents(new ReguaDeCobrancaDefinida(id, tenant, regua));
    }

    @Test
    void mesmaReguaDeNovoNaoGeraEvento() {
        ReguaDeCobranca regua = regua(new EtapaRegua("Lembrete", -2, MODELO, true));
        fixture.given(new ReguaDeCobrancaDefinida(id, tenant, regua))
                .when(new DefinirReguaDeCobrancaCommand(id, tenant, regua))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaModeloQueNaoEDaEmpresa() {
        fixture.givenNoPriorActivity()
                .when(new DefinirReguaDeCobrancaCommand(id, tenant, regua(new EtapaRegua("X", 0, UUID.randomUUID(), true))))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "MODELO_DESCONHECIDO"))
                .expectNoEvents();
    }

    @Test
    void recusaDiasRepetidos() {
        fixture.givenNoPriorActivity()
                .when(new DefinirReguaDeCobrancaCommand(id, tenant, regua(new EtapaRegua("A", 1, null, true),
                        new EtapaRegua("B", 1, null, true))))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "REGUA_INVALIDA"))
                .expectNoEvents();
    }

    @Test
    void recusaJanelaQueTerminaAntesDeComecar() {
        ReguaDeCobranca invertida = new ReguaDeCobranca(List.of(new EtapaRegua("A", 0, null, true)),
                LocalTime.of(18, 0), LocalTime.of(9, 0), true, true, 24, 1);
        fixture.givenNoPriorActivity()
                .when(new DefinirReguaDeCobrancaCommand(id, tenant, invertida))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "REGUA_INVALIDA"))
                .expectNoEvents();
    }

    @Test
    void outraEmpresaNaoAlteraARegua() {
        TenantId outra = TenantId.novo();
        fixture.given(new ReguaDeCobrancaDefinida(id, tenant, regua(new EtapaRegua("A", 0, null, true))))
                .when(new DefinirReguaDeCobrancaCommand(id, outra, regua(new EtapaRegua("B", 1, null, true))))
                .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                .expectNoEvents();
    }

    private static ReguaDeCobranca regua(EtapaRegua... etapas) {
        return new ReguaDeCobranca(List.of(etapas), LocalTime.of(8, 0), LocalTime.of(20, 0), true, true, 24, 1);
    }
}
