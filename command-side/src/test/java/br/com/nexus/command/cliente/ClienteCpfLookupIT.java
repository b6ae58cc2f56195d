package br.com.nexus.command.cliente;

import static br.com.nexus.command.TestData.CPF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.nexus.command.PostgresDeTeste;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ClienteCpfLookupIT {

    private final JdbcTemplate jdbc = PostgresDeTeste.jdbcTemplate();
    private final ClienteCpfLookup cpfs = new ClienteCpfLookup(jdbc);
    private final TransactionTemplate transacao =
            new TransactionTemplate(new DataSourceTransactionManager(PostgresDeTeste.dataSource()));

    @Test
    void reservasConcorrentesDoMesmoCpfDeixamUmaSoVencer() throws Exception {
        TenantId tenant = TenantId.novo();
        int concorrentes = 8;
        CountDownLatch largada = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(concorrentes);
        List<Future<String>> resultados = new ArrayList<>();
        for (int i = 0; i < concorrentes; i++) {
            resultados.add(executor.submit(() -> {
                largada.await();
                try {
                    transacao.executeWithoutResult(status -> {
                        cpfs.reservar(tenant, CPF, ClienteId.novo());
                        // Holds the row lock a moment, so the other inserts queue behind this transaction.
                        jdbc.execute("SELECT pg_sleep(0.2)");
                    });
                    return "reservou";
                } catch (DomainException e) {
                    return e.code();
                }
            }));
        }
        largada.countDown();
        List<String> codigos = new ArrayList<>();
        for (Future<String> resultado : resultados) {
            codigos.add(resultado.get());
        }
        executor.shutdown();

        assertEquals(1, codigos.stream().filter("reservou"::equals).count(), codigos.toString());
        assertEquals(concorrentes - 1, codigos.stream().filter("CPF_DUPLICADO"::equals).count(), codigos.toString());
        assertEquals(1, jdbc.queryForObject("SELECT count(*) FROM cliente_cpf WHERE tenant_id = ?", Integer.class,
                tenant.valor()));
    }

    @Test
    void reservaDesfeitaComATransacaoLiberaOCpf() {
        TenantId tenant = TenantId.novo();
        assertThrows(IllegalStateException.class, () -> transacao.executeWithoutResult(status -> {
            cpfs.reservar(tenant, CPF, ClienteId.novo());
            throw new IllegalStateException("falha depois da reserva");
        }));

        ClienteId segundo = ClienteId.novo();
        cpfs.reservar(tenant, CPF, segundo);

        assertEquals(segundo.valor(), jdbc.queryForObject(
                "SELECT cliente_id FROM cliente_cpf WHERE tenant_id = ? AND cpf = ?", UUID.class,
                tenant.valor(), CPF.numero()));
    }
}
