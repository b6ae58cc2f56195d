package br.com.nexus.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.junit.jupiter.api.Test;

class MedidorDeMensagensTest {

    private final MeterRegistry registro = new SimpleMeterRegistry();
    private final MedidorDeMensagens<EventMessage<?>> medidor = MedidorDeMensagens.deProcessador("listas", registro);

    @Test
    void contaCadaDesfechoPorTipoEMedeOTempoDeTodos() {
        medidor.onMessageIngested(evento("um", 1_000)).reportSuccess();
        medidor.onMessageIngested(evento("dois", 2_000)).reportSuccess();
        medidor.onMessageIngested(evento(7, 3_000)).reportFailure(new IllegalStateException("falhou"));
        medidor.onMessageIngested(evento(8, 4_000)).reportIgnored();

        assertThat(contador("listas.ingestedCounter", "String")).isEqualTo(2);
        assertThat(contador("listas.successCounter", "String")).isEqualTo(2);
        assertThat(contador("listas.processedCounter", "String")).isEqualTo(2);
        assertThat(contador("listas.ingestedCounter", "Integer")).isEqualTo(2);
        assertThat(contador("listas.failureCounter", "Integer")).isEqualTo(1);
        assertThat(contador("listas.processedCounter", "Integer")).isEqualTo(1);
        assertThat(contador("listas.ignoredCounter", "Integer")).isEqualTo(1);
        assertThat(registro.get("listas.allTimer").timer().count()).isEqualTo(4);
        assertThat(registro.get("listas.successTimer").timer().count()).isEqualTo(2);
        assertThat(registro.get("listas.failureTimer").timer().count()).isEqualTo(1);
        assertThat(registro.get("listas.ignoredTimer").timer().count()).isEqualTo(1);
    }

    @Test
    void aLatenciaEaDistanciaEntreOUltimoEventoTomadoEOUltimoTerminado() {
        assertThat(latencia()).isZero();
        MonitorCallback primeiro = medidor.onMessageIngested(evento("a", 10_000));
        primeiro.reportSuccess();
        MonitorCallback lento = medidor.onMessageIngested(evento("b", 25_000));
        assertThat(latencia()).isEqualTo(15_000);
        lento.reportSuccess();
        assertThat(latencia()).isZero();
    }

    @Test
    void osMedidoresSaoRegistradosUmaVezNaoAcadaMensagem() {
        medidor.onMessageIngested(evento("x", 1)).reportSuccess();
        int depoisDaPrimeira = registro.getMeters().size();
        for (int i = 0; i < 1_000; i++) {
            medidor.onMessageIngested(evento("x" + i, i)).reportSuccess();
        }
        assertThat(registro.getMeters()).hasSize(depoisDaPrimeira);
        assertThat(contador("listas.successCounter", "String")).isEqualTo(1_001);
    }

    private double contador(String nome, String tipo) {
        return registro.get(nome).tag("payloadType", tipo).counter().count();
    }

    private double latencia() {
        return registro.get("listas.latency").gauge().value();
    }

    private static EventMessage<?> evento(Object payload, long epochMilli) {
        return new GenericEventMessage<>(new GenericMessage<>(payload), () -> Instant.ofEpochMilli(epochMilli));
    }
}
