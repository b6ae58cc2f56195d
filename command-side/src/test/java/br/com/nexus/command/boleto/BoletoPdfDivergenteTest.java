package br.com.nexus.command.boleto;

import static br.com.nexus.command.TestData.CODIGO;
import static br.com.nexus.command.TestData.LINHA;
import static br.com.nexus.command.TestData.LINHA_BB;
import static br.com.nexus.command.TestData.SHA256;
import static br.com.nexus.command.TestData.VALOR;
import static br.com.nexus.command.TestData.VENCIMENTO;
import static br.com.nexus.command.TestData.erro;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoPdfDivergente;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.DivergenciaPdf;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarDivergenciaPdfBoletoCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.TenantId;
import java.time.YearMonth;
import java.util.Set;
import br.com.nexus.command.PostgresDeTeste;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Boleto aggregate's side of PDF checking: flagging a PDF that disagrees with the registration. */
class BoletoPdfDivergenteTest {

    private static final String OUTRO_SHA256 = "a".repeat(64);

    private final TenantId tenant = TenantId.novo();
    private final BoletoId boletoId = BoletoId.novo();
    private AggregateTestFixture<Boleto> fixture;

    @BeforeEach
    void configurar() {
        fixture = novaFixture();
    }

    @Test
    void marcaPdfAnexadoQueDivergeDoRegistro() {
        fixture.given(registrado(), anexado(SHA256))
                .when(divergencia(SHA256.toUpperCase(), Set.of(DivergenciaPdf.VALOR, DivergenciaPdf.VENCIMENTO)))
                .expectEvents(new BoletoPdfDivergente(boletoId, tenant, SHA256, LINHA_BB,
                        Set.of(DivergenciaPdf.VALOR, DivergenciaPdf.VENCIMENTO)));
    }

    @Test
    void mesmaDivergenciaDeNovoNaoGeraEvento() {
        fixture.given(registrado(), anexado(SHA256),
                        new BoletoPdfDivergente(boletoId, tenant, SHA256, LINHA_BB, Set.of(DivergenciaPdf.VALOR)))
                .when(divergencia(SHA256, Set.of(DivergenciaPdf.VALOR)))
                .expectNoEvents();
    }

    @Test
    void divergenciaDePdfQueJaFoiSubstituidoNaoGeraEvento() {
        fixture.given(registrado(), anexado(SHA256), anexado(OUTRO_SHA256))
                .when(divergencia(SHA256, Set.of(DivergenciaPdf.VALOR)))
                .expectNoEvents();
    }

    @Test
    void recusaDivergenciaSemMotivo() {
        fixture.given(registrado(), anexado(SHA256))
                .when(divergencia(SHA256, Set.of()))
                .expectException(erro(ErrorKind.INVALIDO, "DIVERGENCIA_OBRIGATORIA"))
                .expectNoEvents();
    }

    @Test
    void divergenciaDeOutroTenantEhNaoEncontrada() {
        fixture.given(registrado(), anexado(SHA256))
                .when(new RegistrarDivergenciaPdfBoletoCommand(boletoId, TenantId.novo(), SHA256, LINHA_BB,
                        Set.of(DivergenciaPdf.VALOR)))
                .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                .expectNoEvents();
    }

    private RegistrarDivergenciaPdfBoletoCommand divergencia(String sha256, Set<DivergenciaPdf> divergencias) {
        return new RegistrarDivergenciaPdfBoletoCommand(boletoId, tenant, sha256, LINHA_BB, divergencias);
    }

    private BoletoPdfAnexado anexado(String sha256) {
        return new BoletoPdfAnexado(boletoId, tenant, sha256, 2048, "documento_pdf:" + sha256);
    }

    private BoletoRegistrado registrado() {
        return new BoletoRegistrado(boletoId, tenant, ClienteId.novo(), OrigemBoleto.CANOPUS, "123", LINHA, CODIGO,
                VALOR, VENCIMENTO, 1, YearMonth.of(2026, 3), "Parcela do consórcio");
    }

    static AggregateTestFixture<Boleto> novaFixture() {
        AggregateTestFixture<Boleto> nova = new AggregateTestFixture<>(Boleto.class);
        nova.registerInjectableResource(new BoletoLinhaDigitavelLookup(PostgresDeTeste.jdbcTemplate()));
        return nova;
    }
}
