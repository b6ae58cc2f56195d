package br.com.nexus.command.api.comum;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answers every command endpoint gives: 201 with a Location for a creation, 202 for a change. */
public final class Respostas {

    private Respostas() {
    }

    /**
     * The Location is an absolute path, not a full URL: behind a proxy the host this node sees is not
     * the one the client called.
     */
    public static <T> ResponseEntity<T> criado(Object id, T corpo) {
        URI location = URI.create(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(id).toUri().getRawPath());
        return ResponseEntity.created(location).body(corpo);
    }

    public static <T> ResponseEntity<T> aceito(T corpo) {
        return ResponseEntity.accepted().body(corpo);
    }
}
