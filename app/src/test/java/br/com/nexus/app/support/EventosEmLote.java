package br.com.nexus.app.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * A synthetic history written straight into the event table, in batches, each event serialized as
 * the event store would: how the benchmarks fill a big tenant in minutes instead of hours of commands.
 * At most {@code cota} events; the connection is committed after every batch.
 */
public final class EventosEmLote implements AutoCloseable {

    private final Connection conexao;
    private final PreparedStatement insercao;
    private final Serializer serializador;
    private final int lote;
    private final long cota;
    private final byte[] semMetadados;
    private int pendentes;
    private long escritos;

    public EventosEmLote(Connection conexao, Serializer serializador, int lote, long cota) throws SQLException {
        this.conexao = conexao;
        this.serializador = serializador;
        this.lote = lote;
        this.cota = cota;
        this.semMetadados = serializador.serialize(MetaData.emptyInstance(), byte[].class).getData();
        conexao.setAutoCommit(false);
        this.insercao = conexao.prepareStatement("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                  metadata, payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    /** Whether this many more events fit in the quota. */
    public boolean cabe(int eventos) {
        return escritos + eventos <= cota;
    }

    public long escritos() {
        return escritos;
    }

    public void add(String tipo, Object agregado, long sequencia, Object evento, Instant quando) throws SQLException {
        SerializedObject<byte[]> payload = serializador.serialize(evento, byte[].class);
        insercao.setString(1, agregado.toString());
        insercao.setLong(2, sequencia);
        insercao.setString(3, tipo);
        insercao.setString(4, UUID.randomUUID().toString());
        insercao.setBytes(5, semMetadados);
        insercao.setBytes(6, payload.getData());
        insercao.setString(7, payload.getType().getRevision());
        insercao.setString(8, payload.getType().getName());
        insercao.setString(9, DateTimeUtils.formatInstant(quando));
        insercao.addBatch();
        escritos++;
        if (++pendentes == lote) {
            descarregar();
        }
    }

    /** Writes what is still batched. */
    @Override
    public void close() throws SQLException {
        try {
            if (pendentes > 0) {
                descarregar();
            }
        } finally {
            insercao.close();
        }
    }

    private void descarregar() throws SQLException {
        insercao.executeBatch();
        conexao.commit();
        pendentes = 0;
    }
}
