package br.com.nexus.saga.cobranca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cobranca.CobrancaEncerrada;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a deadline that no longer exists throws in the db-scheduler store (AxonFramework #3857):
 * the saga must treat it as already gone, once, and end normally instead of failing the event forever.
 */
class CancelamentoDePrazoTest {

    @Test
    void prazoQueJaNaoExisteNaoImpedeOEncerramento() throws Exception {
        TenantId tenant = TenantId.novo();
        BoletoId boleto = BoletoId.novo();
        CobrancaSaga saga = new CobrancaSaga();
        definir(saga, "boletoId", boleto);
        definir(saga, "tenantId", tenant);
        definir(saga, "clienteId", ClienteId.novo());
        definir(saga, "prazoEtapa", "prazo-que-ja-disparou");
        definir(saga, "prazoVencido", "outro-que-sumiu");
        AtomicInteger cancelamentos = new AtomicInteger();
        DeadlineManager quebrado = (DeadlineManager) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DeadlineManager.class}, (proxy, metodo, args) -> {
                    if (metodo.getName().equals("cancelSchedule")) {
                        cancelamentos.incrementAndGet();
                        throw new IllegalStateException("Task not found");
                    }
                    throw new UnsupportedOperationException(metodo.getName());
                });
        SimpleEventBus eventos = SimpleEventBus.builder().build();
        List<Object> publicados = new ArrayList<>();
        eventos.subscribe(lote -> lote.stream().map(EventMessage::getPayload).forEach(publicados::add));

        assertThatCode(() -> saga.on(new BoletoPago(boleto, tenant, PagamentoId.novo()), quebrado, eventos))
                .doesNotThrowAnyException();

        assertThat(cancelamentos).hasValue(2);
        assertThat(publicados).singleElement().isInstanceOf(CobrancaEncerrada.class);
        assertThat(ler(saga, "prazoEtapa")).isNull();
        assertThat(ler(saga, "prazoVencido")).isNull();
    }

    private static void definir(Object alvo, String campo, Object valor) throws ReflectiveOperationException {
        Field f = CobrancaSaga.class.getDeclaredField(campo);
        f.setAccessible(true);
        f.set(alvo, valor);
    }

    private static Object ler(Object alvo, String campo) throws ReflectiveOperationException {
        Field f = CobrancaSaga.class.getDeclaredField(campo);
        f.setAccessible(true);
        return f.get(alvo);
    }
}
