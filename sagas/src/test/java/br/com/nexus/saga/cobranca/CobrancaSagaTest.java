package br.com.nexus.saga.cobranca;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.MarcarBoletoVencidoCommand;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.WhatsappOptOutRegistrado;
import br.com.nexus.kernel.cobranca.CobrancaEncerrada;
import br.com.nexus.kernel.cobranca.CobrancaEncerrada.MotivoEncerramento;
import br.com.nexus.kernel.cobranca.CobrancaInterrompida;
import br.com.nexus.kernel.cobranca.EtapaDeCobrancaExecutada;
import br.com.nexus.kernel.cobranca.EtapaDeCobrancaPulada;
import br.com.nexus.kernel.cobranca.EtapaRegua;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaDeCobrancaDefinida;
import br.com.nexus.kernel.cobranca.ReguaId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.SolicitarDisparoDeBoletoCommand;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.saga.DadosDeTeste;
import br.com.nexus.saga.comum.DespachoIsolado;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The collection of one boleto. Vencimento on Thursday 17/12/2026; the default régua sends D-3
 * (Monday 14/12), D0 (17/12) and D+1 (Friday 18/12) at 08:00 in São Paulo (11:00 UTC), D+7 on
 * Thursday 24/12; the boleto is overdue from Friday 18/12 00:00 (03:00 UTC).
 */
class CobrancaSagaTest {

    private static final LocalDate VENCIMENTO = LocalDate.of(2026, 12, 17);
    private static final Instant INICIO = Instant.parse("2026-12-07T13:00:00Z");
    private static final Instant D_MENOS_3 = Instant.parse("2026-12-14T11:00:00Z");
    private static final Instant D0 = Instant.parse("2026-12-17T11:00:00Z");
    private static final Instant VENCIDO_EM = Instant.parse("2026-12-18T03:00:00Z");
    private static final Instant D_MAIS_1 = Instant.parse("2026-12-18T11:00:00Z");
    private static final Instant D_MAIS_7 = Instant.parse("2026-12-24T11:00:00Z");
    private static final UUID MODELO_LEMBRETE = UUID.randomUUID();

    private final TenantId tenant = TenantId.novo();
    private final BoletoId boletoId = BoletoId.novo();
    private final ClienteId clienteId = ClienteId.novo();
    private final AtomicReference<ReguaDeCobranca> regua = new AtomicReference<>(comModeloNoLembrete());
    private final EnviosEmMemoria envios = new EnviosEmMemoria();
    private SagaTestFixture<CobrancaSaga> fixture;
    private DespachoIsolado despacho;

    @BeforeEach
    void configurar() {
        fixture = new SagaTestFixture<>(CobrancaSaga.class);
        despacho = new DespachoIsolado(DefaultCommandGateway.builder().commandBus(fixture.getCommandBus()).build());
        fixture.registerResource(despacho);
        fixture.registerResource((ReguasVigentes) t -> regua.get());
        fixture.registerResource(envios);
        fixture.registerResource(new Relogio(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return fixture.currentTime();
            }
        }));
        fixture.givenCurrentTime(INICIO);
    }

    @AfterEach
    void encerrar() {
        despacho.destroy();
    }

    @Test
    void boletoRegistradoAgendaAPrimeiraEtapaEOVencimento() throws Exception {
        fixture.givenNoPriorActivity()
                .whenPublishingA(registrado(OrigemBoleto.PROVEDOR))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(D_MENOS_3, CobrancaSaga.ETAPA)
                .expectScheduledDeadlineWithName(VENCIDO_EM, CobrancaSaga.VENCIDO)
                .expectNoDispatchedCommands();
    }

    @Test
    void etapaNoSeuHorarioPedeODisparoComOModeloDaEtapaEAgendaAProxima() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenTimeAdvancesTo(D_MENOS_3)
                .expectDispatchedCommands(disparo(-3, MODELO_LEMBRETE))
                .expectPublishedEvents(executada("Lembrete antes do vencimento", -3))
                .expectScheduledDeadlineWithName(D0, CobrancaSaga.ETAPA)
                .expectActiveSagas(1);
    }

    @Test
    void boletoRegistradoAtrasadoEnviaSoAEtapaMaisRecenteJaDevida() throws Exception {
        Instant tarde = Instant.parse("2026-12-17T15:00:00Z");
        fixture.givenCurrentTime(tarde)
                .andThenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectDispatchedCommands(disparo(0, null))
                .expectPublishedEvents(
                        new EtapaDeCobrancaPulada(boletoId, tenant, clienteId, "Lembrete antes do vencimento", -3,
                                "ETAPA_PERDIDA", "Etapa perdida: só a etapa mais recente já devida é enviada"),
                        executada("Vence hoje", 0))
                // 24 h after the D0 message, not D+1's 08:00: the minimum spacing per cliente.
                .expectScheduledDeadlineWithName(tarde.plusSeconds(1).plus(Duration.ofHours(24)), CobrancaSaga.ETAPA);
    }

    @Test
    void semPagamentoNoPrazoMarcaVencidoEDepoisMandaOLembrete() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .andThenTimeAdvancesTo(D0)
                .whenTimeAdvancesTo(D_MAIS_1)
                .expectDispatchedCommands(new MarcarBoletoVencidoCommand(boletoId, tenant), disparo(1, null))
                .expectScheduledDeadlineWithName(D_MAIS_7, CobrancaSaga.ETAPA)
                .expectActiveSagas(1);
    }

    @Test
    void pagamentoEncerraASagaECancelaOsPrazos() throws Exception {
        PagamentoId pagamento = PagamentoId.novo();
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .andThenTimeAdvancesTo(D_MENOS_3)
                .whenPublishingA(new BoletoPago(boletoId, tenant, pagamento))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands()
                .expectPublishedEvents(new CobrancaEncerrada(boletoId, tenant, clienteId, MotivoEncerramento.PAGO,
                        "Pagamento " + pagamento));
    }

    @Test
    void estornoIntegralReabreACobrancaQueOPagamentoTinhaEncerrado() throws Exception {
        PagamentoId pagamento = PagamentoId.novo();
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .andThenAPublished(new BoletoPago(boletoId, tenant, pagamento))
                .whenPublishingA(new BoletoReaberto(boletoId, tenant, clienteId, OrigemBoleto.PROVEDOR, VENCIMENTO,
                        pagamento, "Estorno", Dinheiro.parse("150.50"), false))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(D_MENOS_3, CobrancaSaga.ETAPA)
                .expectScheduledDeadlineWithName(VENCIDO_EM, CobrancaSaga.VENCIDO)
                .expectNoDispatchedCommands();
    }

    @Test
    void boletoReabertoDepoisDoVencimentoEMarcadoVencidoEMandaALembrancaDevida() throws Exception {
        PagamentoId pagamento = PagamentoId.novo();
        fixture.givenAPublished(registrado(OrigemBoleto.CANOPUS))
                .andThenAPublished(new BoletoPago(boletoId, tenant, pagamento))
                .andThenTimeAdvancesTo(Instant.parse("2026-12-21T13:00:00Z"))
                .andThenAPublished(new BoletoReaberto(boletoId, tenant, clienteId, OrigemBoleto.CANOPUS, VENCIMENTO,
                        pagamento, "Chargeback", Dinheiro.parse("150.50"), false))
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new MarcarBoletoVencidoCommand(boletoId, tenant), disparo(1, null));
    }

    @Test
    void boletoCanceladoEncerraASaga() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenPublishingA(new BoletoCancelado(boletoId, tenant, "renegociado"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectPublishedEvents(new CobrancaEncerrada(boletoId, tenant, clienteId,
                        MotivoEncerramento.CANCELADO, "renegociado"));
    }

    @Test
    void clienteQuePediuOptOutNoMeioDoCaminhoNaoRecebeMaisNada() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .andThenAPublished(new WhatsappOptOutRegistrado(clienteId, tenant, "pediu por mensagem"))
                .whenTimeAdvancesTo(D_MENOS_3)
                .expectNoDispatchedCommands()
                .expectPublishedEvents(new EtapaDeCobrancaPulada(boletoId, tenant, clienteId,
                        "Lembrete antes do vencimento", -3, "WHATSAPP_OPT_OUT",
                        "O cliente pediu para não receber WhatsApp"))
                .expectScheduledDeadlineWithName(D0, CobrancaSaga.ETAPA);
    }

    @Test
    void pagamentoParcialMantemAReguaSobreOSaldo() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .andThenAPublished(new BoletoPagoParcialmente(boletoId, tenant, PagamentoId.novo(),
                        Dinheiro.parse("50.00"), Dinheiro.parse("100.50")))
                .whenTimeAdvancesTo(D_MENOS_3)
                .expectActiveSagas(1)
                .expectDispatchedCommands(disparo(-3, MODELO_LEMBRETE));
    }

    @Test
    void numeroSemWhatsappInterrompeAsMensagensMasOBoletoAindaVence() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .andThenTimeAdvancesTo(D_MENOS_3)
                .andThenAPublished(new DisparoFalhou(idDoDisparo(-3), tenant, "numero_sem_whatsapp: não existe", 1,
                        false))
                .whenTimeAdvancesTo(D_MAIS_1)
                .expectDispatchedCommands(new MarcarBoletoVencidoCommand(boletoId, tenant))
                .expectPublishedEvents(new CobrancaEncerrada(boletoId, tenant, clienteId,
                        MotivoEncerramento.ABANDONADA, "O número do cliente não recebe WhatsApp (numero_sem_whatsapp)"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void interrupcaoApareceComMotivoQuandoODisparoFalhaDeVez() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .andThenTimeAdvancesTo(D_MENOS_3)
                .whenPublishingA(new DisparoFalhou(idDoDisparo(-3), tenant, "numero_sem_whatsapp: não existe", 1,
                        false))
                .expectPublishedEvents(new CobrancaInterrompida(boletoId, tenant, clienteId,
                        "O número do cliente não recebe WhatsApp (numero_sem_whatsapp)"))
                .expectNoScheduledDeadlineWithName(D0, CobrancaSaga.ETAPA)
                .expectScheduledDeadlineWithName(VENCIDO_EM, CobrancaSaga.VENCIDO);
    }

    @Test
    void falhaQueAindaSeraTentadaNaoMudaARegua() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .andThenTimeAdvancesTo(D_MENOS_3)
                .whenPublishingA(new DisparoFalhou(idDoDisparo(-3), tenant, "gateway_indisponivel: 503", 1, true))
                .expectNoDispatchedCommands()
                .expectPublishedEvents()
                .expectScheduledDeadlineWithName(D0, CobrancaSaga.ETAPA);
    }

    @Test
    void registroEntregueDuasVezesNaoDuplicaPrazos() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenPublishingA(registrado(OrigemBoleto.PROVEDOR))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(D_MENOS_3, CobrancaSaga.ETAPA)
                .expectScheduledDeadlineWithName(VENCIDO_EM, CobrancaSaga.VENCIDO)
                .expectNoDispatchedCommands();
    }

    @Test
    void disparoQueJaExistiaDeUmaTentativaAnteriorContaComoEnviadoSemSegundoEnvio() throws Exception {
        fixture.setCallbackBehavior((comando, metaData) -> {
            throw DadosDeTeste.recusa(ErrorKind.CONFLITO, "DISPARO_JA_EXISTE");
        });
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenTimeAdvancesTo(D_MENOS_3)
                .expectDispatchedCommands(disparo(-3, MODELO_LEMBRETE))
                .expectPublishedEvents(executada("Lembrete antes do vencimento", -3))
                .expectScheduledDeadlineWithName(D0, CobrancaSaga.ETAPA);
    }

    @Test
    void recusaDoComandoViraEtapaPuladaComOMotivo() throws Exception {
        fixture.setCallbackBehavior((comando, metaData) -> {
            throw DadosDeTeste.recusa(ErrorKind.CONFLITO, "BOLETO_NAO_DISPARAVEL");
        });
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenTimeAdvancesTo(D_MENOS_3)
                .expectPublishedEvents(new EtapaDeCobrancaPulada(boletoId, tenant, clienteId,
                        "Lembrete antes do vencimento", -3, "BOLETO_NAO_DISPARAVEL", "Recusado: BOLETO_NAO_DISPARAVEL"))
                .expectScheduledDeadlineWithName(D0, CobrancaSaga.ETAPA);
    }

    @Test
    void falhaTecnicaTentaDeNovoEmCincoMinutosSemPularAEtapa() throws Exception {
        fixture.setCallbackBehavior((comando, metaData) -> {
            throw DadosDeTeste.falhaTecnica();
        });
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenTimeAdvancesTo(D_MENOS_3)
                .expectPublishedEvents()
                .expectScheduledDeadlineWithName(D_MENOS_3.plus(CobrancaSaga.NOVA_TENTATIVA), CobrancaSaga.ETAPA);
        assertThat(envios.ultimo(tenant, clienteId)).isEmpty();
    }

    @Test
    void reguaAlteradaNoMeioDoCaminhoReplanejaAsEtapasFuturas() throws Exception {
        ReguaDeCobranca nova = new ReguaDeCobranca(List.of(new EtapaRegua("Cinco dias antes", -5, null, true),
                new EtapaRegua("Três dias depois", 3, null, true)), LocalTime.of(9, 0), LocalTime.of(18, 0), true,
                true, 24, 1);
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenPublishingA(new ReguaDeCobrancaDefinida(ReguaId.doTenant(tenant), tenant, nova))
                .expectScheduledDeadlineWithName(Instant.parse("2026-12-14T12:00:00Z"), CobrancaSaga.ETAPA)
                .expectNoScheduledDeadlineWithName(D_MENOS_3, CobrancaSaga.ETAPA)
                .expectScheduledDeadlineWithName(VENCIDO_EM, CobrancaSaga.VENCIDO);
    }

    @Test
    void espacamentoMinimoAdiaAEtapaQuandoOClienteAcabouDeReceberOutraMensagem() throws Exception {
        envios.registrar(tenant, clienteId, D_MENOS_3.minus(Duration.ofHours(2)));
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenTimeAdvancesTo(D_MENOS_3)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Instant.parse("2026-12-15T09:00:00Z").plus(Duration.ofHours(2)),
                        CobrancaSaga.ETAPA);
    }

    @Test
    void boletoDoPortalEsperaOPdfAntesDaPrimeiraMensagemQueSaiAssimQueEleChega() throws Exception {
        Instant chegadaDoPdf = D_MENOS_3.plusSeconds(5);
        fixture.givenCurrentTime(D_MENOS_3.minusSeconds(30))
                .andThenAPublished(registrado(OrigemBoleto.CANOPUS))
                .andThenTimeAdvancesTo(D_MENOS_3)
                .andThenTimeAdvancesTo(chegadaDoPdf)
                .whenPublishingA(new BoletoPdfAnexado(boletoId, tenant, "a".repeat(64), 1000, "boletos/x.pdf"))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(chegadaDoPdf, CobrancaSaga.ETAPA)
                .expectNoScheduledDeadlineWithName(D_MENOS_3.plus(CobrancaSaga.PASSO_DA_ESPERA), CobrancaSaga.ETAPA);
        fixture.whenTimeElapses(Duration.ofSeconds(1))
                .expectDispatchedCommands(disparo(-3, MODELO_LEMBRETE));
    }

    @Test
    void pdfQueChegaDepoisDeAReguaTrocarAEtapaEsperadaNaoAdiantaAProxima() throws Exception {
        ReguaDeCobranca semADaEspera = new ReguaDeCobranca(List.of(new EtapaRegua("Três dias depois", 3, null, true)),
                LocalTime.of(8, 0), LocalTime.of(20, 0), true, true, 24, 1);
        Instant chegadaDoPdf = D_MENOS_3.plusSeconds(10);
        fixture.givenCurrentTime(D_MENOS_3.minusSeconds(30))
                .andThenAPublished(registrado(OrigemBoleto.CANOPUS))
                .andThenTimeAdvancesTo(D_MENOS_3)
                .andThenAPublished(new ReguaDeCobrancaDefinida(ReguaId.doTenant(tenant), tenant, semADaEspera))
                .andThenTimeAdvancesTo(chegadaDoPdf)
                .whenPublishingA(new BoletoPdfAnexado(boletoId, tenant, "a".repeat(64), 1000, "boletos/x.pdf"))
                .expectNoScheduledDeadlineWithName(chegadaDoPdf, CobrancaSaga.ETAPA)
                .expectNoDispatchedCommands();
    }

    @Test
    void pdfQueChegaAntesDaEtapaNaoAAdianta() throws Exception {
        fixture.givenAPublished(registrado(OrigemBoleto.CANOPUS))
                .whenPublishingA(new BoletoPdfAnexado(boletoId, tenant, "a".repeat(64), 1000, "boletos/x.pdf"))
                .expectScheduledDeadlineWithName(D_MENOS_3, CobrancaSaga.ETAPA)
                .expectNoDispatchedCommands();
    }

    @Test
    void boletoDoPortalSemPdfNaoSaiSemAnexoNaPrimeiraHora() throws Exception {
        fixture.givenCurrentTime(D_MENOS_3.minusSeconds(30))
                .andThenAPublished(registrado(OrigemBoleto.CANOPUS))
                .whenTimeAdvancesTo(D_MENOS_3)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(D_MENOS_3.plus(CobrancaSaga.PASSO_DA_ESPERA), CobrancaSaga.ETAPA);
    }

    @Test
    void eventosDeOutroBoletoNaoAfetamEste() throws Exception {
        BoletoId outro = BoletoId.novo();
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .whenPublishingA(new BoletoPago(outro, tenant, PagamentoId.novo()))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(D_MENOS_3, CobrancaSaga.ETAPA);
    }

    @Test
    void reguaInteiraCumpridaEVencidoEncerraASaga() throws Exception {
        regua.set(new ReguaDeCobranca(List.of(new EtapaRegua("Vence hoje", 0, null, true)), LocalTime.of(8, 0),
                LocalTime.of(20, 0), true, true, 24, 1));
        fixture.givenAPublished(registrado(OrigemBoleto.PROVEDOR))
                .andThenTimeAdvancesTo(D0)
                .whenTimeAdvancesTo(VENCIDO_EM)
                .expectDispatchedCommands(new MarcarBoletoVencidoCommand(boletoId, tenant))
                .expectPublishedEvents(new CobrancaEncerrada(boletoId, tenant, clienteId,
                        MotivoEncerramento.REGUA_CONCLUIDA, null))
                .expectActiveSagas(0);
    }

    private BoletoRegistrado registrado(OrigemBoleto origem) {
        return new BoletoRegistrado(boletoId, tenant, clienteId, origem, null, null, null, Dinheiro.parse("150.50"),
                VENCIMENTO, 1, null, "Parcela 1");
    }

    private SolicitarDisparoDeBoletoCommand disparo(int dias, UUID modelo) {
        return new SolicitarDisparoDeBoletoCommand(idDoDisparo(dias), tenant, boletoId, modelo, false);
    }

    private EtapaDeCobrancaExecutada executada(String nome, int dias) {
        return new EtapaDeCobrancaExecutada(boletoId, tenant, clienteId, nome, dias, idDoDisparo(dias));
    }

    private DisparoId idDoDisparo(int dias) {
        return new DisparoId(UUID.nameUUIDFromBytes(("cobranca:" + boletoId + ":" + dias)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static ReguaDeCobranca comModeloNoLembrete() {
        ReguaDeCobranca padrao = ReguaDeCobranca.padrao();
        List<EtapaRegua> etapas = padrao.etapas().stream()
                .map(e -> e.diasRelativosAoVencimento() == -3
                        ? new EtapaRegua(e.nome(), -3, MODELO_LEMBRETE, true) : e)
                .toList();
        return new ReguaDeCobranca(etapas, padrao.janelaInicio(), padrao.janelaFim(), padrao.somenteDiasUteis(),
                padrao.pularFeriados(), padrao.espacamentoMinimoHoras(), padrao.diasParaVencido());
    }
}
