package br.com.nexus.app.bench;

import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.app.support.MedidorDeHeap;
import br.com.nexus.app.support.ResultadoDoBenchmark;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarBoletoCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.ConfirmarPagamentoCommand;
import br.com.nexus.kernel.pagamento.CriarPagamentoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Command-side throughput: RegistrarBoleto and ConfirmarPagamento through the real command bus,
 * aggregates and event store, side by side with the same number of raw single-row JDBC
 * insert+commit into a table shaped like the event table, on the durable settings of the shipped
 * default (fsync and synchronous commit on). Boletos come as downloaded from the portal (origem
 * CANOPUS): one of origem GERADO would also have its PDF rendered in the background, which is
 * work of the PDF processor, not of the command path measured here. Run with {@code ./bench.sh comandos}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "nexus.embedded-postgres.durable=true")
class ComandosBenchmark extends IntegrationTest {

    private static final int CHAMADORES = Integer.getInteger("bench.chamadores", 32);
    private static final int OPERACOES = Integer.getInteger("bench.operacoes", 20_000);
    private static final int RODADAS = 5;

    @Autowired
    CommandGateway commands;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mede() throws Exception {
        TenantId tenant = TenantId.novo();
        ClienteId cliente = ClienteId.novo();
        int metade = OPERACOES / 2;
        PagamentoId[] pagamentos = new PagamentoId[metade];
        Medicao.medir("preparo (CriarPagamento)", metade, CHAMADORES, i -> {
            pagamentos[i] = PagamentoId.novo();
            commands.sendAndWait(new CriarPagamentoCommand(pagamentos[i], tenant, null, cliente, Provedor.ASAAS,
                    "pay_" + i, Dinheiro.deCentavos(15_050), MetodoPagamento.BOLETO));
        });
        aquecer(tenant, cliente);
        jdbc.execute("DROP TABLE IF EXISTS bench_raw");
        jdbc.execute("""
                CREATE TABLE bench_raw (global_index BIGSERIAL PRIMARY KEY, aggregate_id VARCHAR(255) NOT NULL,
                  sequence_number BIGINT NOT NULL, event_id VARCHAR(255) NOT NULL UNIQUE, payload_type VARCHAR(255),
                  payload BYTEA NOT NULL, metadata BYTEA, time_stamp VARCHAR(255) NOT NULL,
                  UNIQUE (aggregate_id, sequence_number))""");
        byte[] payload = new byte[600];
        byte[] metadata = new byte[200];
        LocalDate vencimento = LocalDate.now().plusDays(10);

        // Rounds alternate between the two sides so that load from anything else on the machine
        // falls on both alike; the totals are compared.
        ResultadoDoBenchmark resultado = new ResultadoDoBenchmark("Commands: RegistrarBoleto + ConfirmarPagamento");
        MedidorDeHeap heap = new MedidorDeHeap();
        heap.iniciar();
        Medicao axon = null;
        Medicao raw = null;
        int porRodada = OPERACOES / RODADAS;
        for (int rodada = 0; rodada < RODADAS; rodada++) {
            int base = rodada * porRodada;
            Medicao a = Medicao.medir("Axon: RegistrarBoleto+ConfirmarPag.", porRodada, CHAMADORES, j -> {
                int i = base + j;
                if (i % 2 == 0) {
                    commands.sendAndWait(registrar(tenant, cliente, vencimento));
                } else {
                    commands.sendAndWait(new ConfirmarPagamentoCommand(pagamentos[i / 2], tenant,
                            Dinheiro.deCentavos(15_050), vencimento, "evt_" + i));
                }
            });
            Medicao r = Medicao.medir("JDBC: insert+commit de 1 linha", porRodada, CHAMADORES,
                    j -> inserirLinha(payload, metadata));
            axon = axon == null ? a : axon.somar(a);
            raw = raw == null ? r : raw.somar(r);
        }
        jdbc.execute("DROP TABLE bench_raw");

        heap.parar();
        String durabilidade = jdbc.queryForObject("SHOW synchronous_commit", String.class);
        resultado
                .medida("setting", CHAMADORES + " callers, " + OPERACOES + " operations in " + RODADAS
                        + " alternating rounds, synchronous_commit=" + durabilidade)
                .comparacao("throughput: RegistrarBoleto + ConfirmarPagamento vs raw JDBC insert+commit",
                        axon.porSegundo(), raw.porSegundo(), "ops/s", "raw JDBC")
                .comparacao("latency p50 (command vs insert+commit)", axon.percentilMs(50), raw.percentilMs(50), "ms",
                        "raw JDBC")
                .comparacao("latency p99 (command vs insert+commit)", axon.percentilMs(99), raw.percentilMs(99), "ms",
                        "raw JDBC")
                .heap(heap)
                .imprimir();
    }

    private void inserirLinha(byte[] payload, byte[] metadata) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO bench_raw (aggregate_id, sequence_number, event_id, payload_type, payload,
                       metadata, time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            c.setAutoCommit(false);
            ps.setString(1, UUID.randomUUID().toString());
            ps.setLong(2, 0);
            ps.setString(3, UUID.randomUUID().toString());
            ps.setString(4, "br.com.nexus.kernel.boleto.BoletoRegistrado");
            ps.setBytes(5, payload);
            ps.setBytes(6, metadata);
            ps.setString(7, java.time.Instant.now().toString());
            ps.executeUpdate();
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void aquecer(TenantId tenant, ClienteId cliente) throws Exception {
        LocalDate vencimento = LocalDate.now().plusDays(5);
        Medicao.medir("aquecimento", 2_000, CHAMADORES, i -> commands.sendAndWait(registrar(tenant, cliente, vencimento)));
    }

    private static RegistrarBoletoCommand registrar(TenantId tenant, ClienteId cliente, LocalDate vencimento) {
        String campoLivre = String.format("%025d", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        CodigoBarras codigo = CodigoBarras.gerar("001", vencimento, Dinheiro.deCentavos(15_050), campoLivre.substring(0, 25));
        return new RegistrarBoletoCommand(BoletoId.novo(), tenant, cliente, OrigemBoleto.CANOPUS, null,
                codigo.linhaDigitavel(), codigo, Dinheiro.deCentavos(15_050), vencimento, 1, YearMonth.from(vencimento),
                "Parcela de teste");
    }
}
