package br.com.nexus.command.comum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A bounded aggregate cache holding the most recently used aggregates by strong reference. Axon's
 * {@code WeakReferenceCache} loses entries at every garbage collection, so under load nearly every
 * command re-read its aggregate's events; this keeps the working set, evicting the least recently
 * used beyond {@code capacidade}.
 */
public class LruCache implements Cache {

    private final Map<Object, Object> entradas;
    private final List<EntryListener> ouvintes = new CopyOnWriteArrayList<>();

    public LruCache(int capacidade) {
        if (capacidade < 1) {
            throw new IllegalArgumentException("capacidade deve ser positiva");
        }
        this.entradas = new LinkedHashMap<>(Math.min(capacidade, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> mais) {
                if (size() > capacidade) {
                    ouvintes.forEach(o -> o.onEntryExpired(mais.getKey()));
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K chave) {
        Object valor = entradas.get(chave);
        if (valor != null) {
            ouvintes.forEach(o -> o.onEntryRead(chave, valor));
        }
        return (V) valor;
    }

    @Override
    public synchronized void put(Object chave, Object valor) {
        if (valor == null) {
            remove(chave);
            return;
        }
        boolean existia = entradas.put(chave, valor) != null;
        ouvintes.forEach(o -> {
            if (existia) {
                o.onEntryUpdated(chave, valor);
            } else {
                o.onEntryCreated(chave, valor);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object chave, Object valor) {
        if (entradas.containsKey(chave)) {
            return false;
        }
        put(chave, valor);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object chave, Supplier<T> fornecedor) {
        Object atual = entradas.get(chave);
        if (atual != null) {
            return (T) atual;
        }
        T novo = fornecedor.get();
        put(chave, novo);
        return novo;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object chave, UnaryOperator<V> atualizacao) {
        Object atual = entradas.get(chave);
        if (atual == null) {
            return;
        }
        V novo = atualizacao.apply((V) atual);
        if (novo == null) {
            remove(chave);
        } else {
            put(chave, novo);
        }
    }

    @Override
    public synchronized boolean remove(Object chave) {
        boolean removida = entradas.remove(chave) != null;
        if (removida) {
            ouvintes.forEach(o -> o.onEntryRemoved(chave));
        }
        return removida;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entradas.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object chave) {
        return entradas.containsKey(chave);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener ouvinte) {
        ouvintes.add(ouvinte);
        return () -> ouvintes.remove(ouvinte);
    }

    synchronized int tamanho() {
        return entradas.size();
    }
}
