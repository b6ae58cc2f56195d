package br.com.nexus.command.comum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void descartaOMenosUsadoAlemDaCapacidade() {
        LruCache cache = new LruCache(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");
        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("o menos usado recentemente sai").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.tamanho()).isEqualTo(2);
    }

    @Test
    void guardaPorReferenciaForteAteSerDescartado() {
        LruCache cache = new LruCache(10);
        cache.put("agregado", new Object());
        System.gc();
        assertThat((Object) cache.get("agregado")).isNotNull();
    }

    @Test
    void putIfAbsentNaoSobrescreve() {
        LruCache cache = new LruCache(10);
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat((Integer) cache.get("a")).isEqualTo(1);
    }

    @Test
    void computeIfPresentAtualizaOuRemove() {
        LruCache cache = new LruCache(10);
        cache.put("a", 1);
        cache.<Integer>computeIfPresent("a", v -> v + 1);
        assertThat((Integer) cache.get("a")).isEqualTo(2);
        cache.computeIfPresent("a", v -> null);
        assertThat(cache.containsKey("a")).isFalse();
        cache.<Integer>computeIfPresent("ausente", v -> 9);
        assertThat(cache.containsKey("ausente")).isFalse();
    }

    @Test
    void avisaOuvintesDeCriacaoRemocaoEDescarte() {
        LruCache cache = new LruCache(1);
        List<String> avisos = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                avisos.add("criada " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                avisos.add("descartada " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                avisos.add("removida " + key);
            }
        });
        cache.put("a", 1);
        cache.put("b", 2);
        cache.remove("b");

        assertThat(avisos).containsExactly("criada a", "descartada a", "criada b", "removida b");
    }
}
