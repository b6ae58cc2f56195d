package br.com.nexus.app.seguranca;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Buckets in PostgreSQL (bucket4j's row-locking backend), so a limit holds across every node of the
 * installation: N nodes do not allow N times the attempts. A bucket's row expires once it has
 * refilled, and {@link #apagarVencidos} removes such rows.
 */
final class ArmazemNoBanco implements ArmazemDeBaldes {

    static final String TABELA = "balde_de_limite";

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> baldes;

    ArmazemNoBanco(DataSource dataSource) {
        this.baldes = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABELA)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Override
    public Bucket balde(String chave, BucketConfiguration configuracao) {
        return baldes.builder().build(chave, () -> configuracao);
    }

    @Override
    public Optional<Bucket> existente(String chave) {
        return baldes.getProxyConfiguration(chave).map(configuracao -> balde(chave, configuracao));
    }

    @Override
    public void esquecer(String chave) {
        baldes.removeProxy(chave);
    }

    /** Removes up to {@code lote} rows of buckets that have refilled; returns how many. */
    int apagarVencidos(int lote) {
        return baldes.removeExpired(lote);
    }
}
