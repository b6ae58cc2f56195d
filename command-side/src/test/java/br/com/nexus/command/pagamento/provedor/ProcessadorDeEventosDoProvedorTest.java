package br.com.nexus.command.pagamento.provedor;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.comum.DomainExceptionWrappingInterceptor;
import br.com.nexus.command.pagamento.provedor.asaas.InterpretadorAsaas;
import br.com.nexus.command.pagamento.provedor.efi.InterpretadorEfi;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.MarcarBoletoVencidoCommand;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.ConciliarPagamentoCommand;
import br.com.nexus.kernel.pagamento.EstornarPagamentoCommand;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.ResultadoConciliacao;
import io.github.resilience4j.core.IntervalFunction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worker over the real tables (embedded PostgreSQL) and a real Axon command bus whose handlers
 * stand in for the aggregates and record what they were sent.
 */
class ProcessadorDeEventosDoProvedorTest {

    private static final int MAXIMO_DE_TENTATIVAS = 3;
    private static final Duration ESPERA = Duration.ofSeconds(10);
    private static final int PARALELISMO = 4;

    private final DataSource dataSource = TabelasDeProvedores.dataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final RelogioDeTeste relogio = new RelogioDeTeste(Instant.now());
    private final EventosDoProvedor eventos = new EventosDoProvedor(jdbc, relogio);
    private final CobrancasNoProvedor cobrancas = new CobrancasNoProvedor(jdbc, relogio);
    private final TenantId tenant = TenantId.novo();
    private final PagamentoId pagamento = PagamentoId.novo();
    private final BoletoId boleto = BoletoId.novo();
    private final List<Object> enviados = Collections.synchronizedList(new ArrayList<>());
    private Function<Object, Object> respostas = comando -> ResultadoConciliacao.CONFIRMADO;
    private ProcessadorDeEventosDoProvedor processador;

    @BeforeEach
    void configurar() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerHandlerInterceptor(new DomainExceptionWrappingInterceptor());
        for (Class<?> tipo : List.of(ConciliarPagamentoCommand.class, EstornarPagamentoCommand.class,
                MarcarBoletoVencidoCommand.class)) {
            bus.subscribe(tipo.getName(), (CommandMessage<?> mensagem) -> {
                Object comando = mensagem.getPayload();
                enviados.add(comando);
                return respostas.apply(comando);
            });
        }
        processador = new ProcessadorDeEventosDoProvedor(eventos, cobrancas, List.of(new InterpretadorAsaas(),
                new InterpretadorEfi()), List.of(confirmador(Provedor.ASAAS), confirmador(Provedor.EFI)),
                DefaultCommandGateway.builder().commandBus(bus).build(), dataSource, relogio,
                IntervalFunction.of(ESPERA), MAXIMO_DE_TENTATIVAS, PARALELISMO, () -> null);
        cobrancas.registrar(new CobrancaNoProvedor(tenant, Provedor.ASAAS, "pay_1", pagamento, boleto));
    }

    /** The provider's answer when asked back: agrees with the webhook unless a test says otherwise. */
    private Function<Efeito, ConfirmadorDeEventos.Confirmacao> provedorResponde = ConfirmadorDeEventos.Confirmacao.Confirmada::new;

    private ConfirmadorDeEventos confirmador(Provedor provedor) {
        return new ConfirmadorDeEventos() {
            @Override
            public Provedor provedor() {
                return provedor;
            }

            @Override
            public Confirmacao confirmar(EventoDoProvedor evento, Efeito alegado, CobrancaNoProvedor cobranca) {
                return provedorResponde.apply(alegado);
            }
        };
    }

    @Test
    void estornoQueOProvedorNaoConfirmaFicaRecusadoENadaEhEnviado() {
        provedorResponde = alegado -> new ConfirmadorDeEventos.Confirmacao.Negada("o Asaas informa RECEIVED");
        asaas("evt_1", "PAYMENT_REFUNDED", "pay_1", "42.23");

        processador.processarPendentes();

        assertThat(enviadosDoTenant()).isEmpty();
        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.RECUSADO);
        assertThat(linha("evt_1").detalhe()).isEqualTo("NAO_CONFIRMADO_PELO_PROVEDOR: o Asaas informa RECEIVED");
    }

    @Test
    void provedorInalcancavelDeixaOEventoPendenteParaNovaTentativa() {
        provedorResponde = alegado -> {
            throw new FalhaNoProvedor(org.springframework.http.HttpStatus.BAD_GATEWAY, "ASAAS_INDISPONIVEL", "fora");
        };
        asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "42.23");

        processador.processarPendentes();

        assertThat(enviadosDoTenant()).isEmpty();
        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.PENDENTE);
        assertThat(linha("evt_1").tentativas()).isEqualTo(1);

        provedorResponde = ConfirmadorDeEventos.Confirmacao.Confirmada::new;
        relogio.avancar(ESPERA.plusSeconds(1));
        processador.processarPendentes();

        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.APLICADO);
        assertThat(enviadosDoTenant()).hasSize(1);
    }

    @Test
    void recebimentoEhAplicadoComOsValoresDoProvedor() {
        provedorResponde = alegado -> new ConfirmadorDeEventos.Confirmacao.Confirmada(
                new Efeito.Recebimento(Dinheiro.deCentavos(4000), LocalDate.of(2024, 11, 7)));
        asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "42.23");

        processador.processarPendentes();

        assertThat(enviadosDoTenant()).containsExactly(new ConciliarPagamentoCommand(pagamento, tenant,
                Dinheiro.deCentavos(4000), LocalDate.of(2024, 11, 7), "evt_1"));
    }

    private void asaas(String eventoId, String tipo, String cobranca, String valor) {
        eventos.registrar(Provedor.ASAAS, tenant, eventoId, tipo, cobranca,
                EventosDeExemplo.asaas(eventoId, tipo, cobranca, valor, null));
    }

    private EventoDoProvedor linha(String eventoId) {
        return eventos.buscar(Provedor.ASAAS, tenant, eventoId).orElseThrow();
    }

    private List<Object> enviadosDoTenant() {
        return enviados.stream().filter(c -> c.toString().contains(tenant.toString())).toList();
    }

    @Test
    void recebimentoConfirmaOPagamentoDaCobrancaEMarcaAplicado() {
        asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "42.23");

        processador.processarPendentes();

        assertThat(enviadosDoTenant()).containsExactly(new ConciliarPagamentoCommand(pagamento, tenant,
                Dinheiro.deCentavos(4223), LocalDate.of(2024, 11, 6), "evt_1"));
        EventoDoProvedor linha = linha("evt_1");
        assertThat(linha.situacao()).isEqualTo(SituacaoEvento.APLICADO);
        assertThat(linha.pagamentoId()).isEqualTo(pagamento);
        assertThat(linha.valorRecebidoCentavos()).isEqualTo(4223L);
        assertThat(linha.processadoEm()).isNotNull();
    }

    @Test
    void valorDivergenteFicaRegistradoParaUmHumano() {
        respostas = comando -> ResultadoConciliacao.DIVERGENTE;
        asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "40.00");

        processador.processarPendentes();

        EventoDoProvedor linha = linha("evt_1");
        assertThat(linha.situacao()).isEqualTo(SituacaoEvento.DIVERGENTE);
        assertThat(linha.valorRecebidoCentavos()).isEqualTo(4000L);
        assertThat(linha.detalhe()).contains("R$ 40,00");
    }

    @Test
    void eventoJaProcessadoNaoEhEnviadoDeNovo() {
        asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "42.23");
        processador.processarPendentes();

        assertThat(eventos.registrar(Provedor.ASAAS, tenant, "evt_1", "PAYMENT_RECEIVED", "pay_1", "{}")).isFalse();
        processador.processarPendentes();

        assertThat(enviadosDoTenant()).hasSize(1);
    }

    @Test
    void cobrancaDesconhecidaFicaSemPagamentoENadaEhEnviado() {
        asaas("evt_1", "PAYMENT_RECEIVED", "pay_de_ninguem", "42.23");

        processador.processarPendentes();

        assertThat(enviadosDoTenant()).isEmpty();
        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.SEM_PAGAMENTO);
        assertThat(linha("evt_1").valorRecebidoCentavos()).isEqualTo(4223L);
    }

    @Test
    void cobrancaDeOutroTenantNaoEhEncontrada() {
        TenantId outro = TenantId.novo();
        eventos.registrar(Provedor.ASAAS, outro, "evt_1", "PAYMENT_RECEIVED", "pay_1",
                EventosDeExemplo.asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "42.23", pagamento.toString()));

        processador.processarPendentes();

        assertThat(enviados).noneMatch(c -> c.toString().contains(pagamento.toString()));
        assertThat(eventos.buscar(Provedor.ASAAS, outro, "evt_1").orElseThrow().situacao())
                .isEqualTo(SituacaoEvento.SEM_PAGAMENTO);
    }

    @Test
    void eventoSemEfeitoEhApenasRegistrado() {
        asaas("evt_1", "PAYMENT_CREATED", "pay_1", "42.23");

        processador.processarPendentes();

        assertThat(enviadosDoTenant()).isEmpty();
        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.REGISTRADO);
    }

    @Test
    void vencimentoMarcaOBoletoDaCobranca() {
        asaas("evt_1", "PAYMENT_OVERDUE", "pay_1", "42.23");

        processador.processarPendentes();

        assertThat(enviadosDoTenant()).containsExactly(new MarcarBoletoVencidoCommand(boleto, tenant));
        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.APLICADO);
    }

    @Test
    void recusaPelasRegrasFicaRegistradaSemNovaTentativa() {
        respostas = comando -> {
            throw DomainException.conflito("PAGAMENTO_NAO_CONFIRMADO", "Só um pagamento confirmado pode ser estornado");
        };
        asaas("evt_1", "PAYMENT_REFUNDED", "pay_1", "42.23");

        processador.processarPendentes();
        relogio.avancar(Duration.ofHours(1));
        processador.processarPendentes();

        assertThat(enviadosDoTenant()).hasSize(1);
        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.RECUSADO);
        assertThat(linha("evt_1").detalhe()).startsWith("PAGAMENTO_NAO_CONFIRMADO");
    }

    @Test
    void falhaPassageiraEsperaESeguraOsEventosSeguintesDaMesmaCobranca() {
        PagamentoId outroPagamento = PagamentoId.novo();
        cobrancas.registrar(new CobrancaNoProvedor(tenant, Provedor.ASAAS, "pay_2", outroPagamento, null));
        boolean[] banco = {false};
        respostas = comando -> {
            if (!banco[0] && comando instanceof ConciliarPagamentoCommand c && c.pagamentoId().equals(pagamento)) {
                throw new IllegalStateException("banco fora do ar");
            }
            return ResultadoConciliacao.CONFIRMADO;
        };
        asaas("evt_1", "PAYMENT_CONFIRMED", "pay_1", "42.23");
        asaas("evt_2", "PAYMENT_REFUNDED", "pay_1", "42.23");
        asaas("evt_3", "PAYMENT_CONFIRMED", "pay_2", "10.00");

        processador.processarPendentes();

        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.PENDENTE);
        assertThat(linha("evt_1").tentativas()).isEqualTo(1);
        assertThat(linha("evt_1").detalhe()).contains("banco fora do ar");
        assertThat(linha("evt_2").situacao()).isEqualTo(SituacaoEvento.PENDENTE);
        assertThat(linha("evt_3").situacao()).isEqualTo(SituacaoEvento.APLICADO);
        assertThat(enviadosDoTenant()).noneMatch(EstornarPagamentoCommand.class::isInstance);

        banco[0] = true;
        processador.processarPendentes();
        assertThat(linha("evt_1").situacao()).as("antes da espera").isEqualTo(SituacaoEvento.PENDENTE);

        relogio.avancar(ESPERA);
        processador.processarPendentes();

        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.APLICADO);
        assertThat(linha("evt_2").situacao()).isEqualTo(SituacaoEvento.APLICADO);
        List<Object> doPrimeiro = enviadosDoTenant().stream().filter(c -> c.toString().contains(pagamento.toString()))
                .toList();
        assertThat(doPrimeiro).hasSize(3);
        assertThat(doPrimeiro.get(1)).isInstanceOf(ConciliarPagamentoCommand.class);
        assertThat(doPrimeiro.get(2)).isInstanceOf(EstornarPagamentoCommand.class);
    }

    @Test
    void cobrancasDiferentesSaoAplicadasLadoALadoCadaUmaUmaVez() throws Exception {
        int quantas = 20;
        List<PagamentoId> pagamentos = new ArrayList<>();
        for (int i = 0; i < quantas; i++) {
            PagamentoId outro = PagamentoId.novo();
            pagamentos.add(outro);
            cobrancas.registrar(new CobrancaNoProvedor(tenant, Provedor.ASAAS, "pay_lado_" + i, outro, null));
            asaas("evt_lado_" + i, "PAYMENT_RECEIVED", "pay_lado_" + i, "42.23");
        }
        // Each command waits until another one is in flight beside it: one at a time, the first would wait in vain.
        CountDownLatch juntos = new CountDownLatch(2);
        AtomicInteger sozinhos = new AtomicInteger();
        respostas = comando -> {
            juntos.countDown();
            try {
                if (!juntos.await(10, TimeUnit.SECONDS)) {
                    sozinhos.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ResultadoConciliacao.CONFIRMADO;
        };

        processador.processarPendentes();

        assertThat(sozinhos).as("comandos que esperaram em vão por outro ao lado").hasValue(0);
        for (int i = 0; i < quantas; i++) {
            assertThat(linha("evt_lado_" + i).situacao()).isEqualTo(SituacaoEvento.APLICADO);
        }
        assertThat(enviadosDoTenant()).hasSize(quantas)
                .extracting(c -> ((ConciliarPagamentoCommand) c).pagamentoId())
                .containsExactlyInAnyOrderElementsOf(pagamentos);
    }

    @Test
    void desisteDepoisDoMaximoDeTentativas() {
        respostas = comando -> {
            throw new IllegalStateException("sempre falha");
        };
        asaas("evt_1", "PAYMENT_CONFIRMED", "pay_1", "42.23");

        for (int i = 0; i < MAXIMO_DE_TENTATIVAS; i++) {
            processador.processarPendentes();
            relogio.avancar(ESPERA);
        }

        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.FALHOU);
        assertThat(enviadosDoTenant()).hasSize(MAXIMO_DE_TENTATIVAS);
    }

    @Test
    void pagamentoAindaNaoCriadoEhTentadoDeNovo() {
        respostas = comando -> {
            throw DomainException.naoEncontrado("NAO_ENCONTRADO", "Registro não encontrado");
        };
        asaas("evt_1", "PAYMENT_CONFIRMED", "pay_1", "42.23");

        processador.processarPendentes();

        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.PENDENTE);
        assertThat(linha("evt_1").tentativas()).isEqualTo(1);
    }

    @Test
    void payloadIlegivelFicaRecusado() {
        eventos.registrar(Provedor.ASAAS, tenant, "evt_1", "PAYMENT_RECEIVED", "pay_1",
                EventosDeExemplo.asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "42.239", null));

        processador.processarPendentes();

        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.RECUSADO);
        assertThat(linha("evt_1").detalhe()).startsWith("VALOR_INVALIDO");
        assertThat(enviadosDoTenant()).isEmpty();
    }

    @Test
    void pixDaEfiEhConciliadoPeloTxid() {
        PagamentoId pix = PagamentoId.novo();
        cobrancas.registrar(new CobrancaNoProvedor(tenant, Provedor.EFI, "fc9a43k6ff384ryP5f41719", pix, null));
        eventos.registrar(Provedor.EFI, tenant, "E1803615022211340s08793XPJ", "PIX", "fc9a43k6ff384ryP5f41719",
                EventosDeExemplo.efiPix("E1803615022211340s08793XPJ", "fc9a43k6ff384ryP5f41719", "0.01",
                        "2020-12-21T13:40:34.000Z"));

        processador.processarPendentes();

        assertThat(enviadosDoTenant()).containsExactly(new ConciliarPagamentoCommand(pix, tenant,
                Dinheiro.deCentavos(1), LocalDate.of(2020, 12, 21), "E1803615022211340s08793XPJ"));
    }

    @Test
    void outroNoComOBloqueioImpedeProcessamentoSimultaneo() throws Exception {
        asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "42.23");
        try (Connection outroNo = dataSource.getConnection();
                PreparedStatement bloqueio = outroNo.prepareStatement("SELECT pg_advisory_lock(?)")) {
            bloqueio.setLong(1, 0x4E45585553504147L);
            bloqueio.execute();

            assertThat(processador.processarPendentes()).isZero();
            assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.PENDENTE);
        }

        processador.processarPendentes();
        assertThat(linha("evt_1").situacao()).isEqualTo(SituacaoEvento.APLICADO);
    }
}
