package br.com.nexus.app.idempotencia;

/** The first answer to a request with an {@code Idempotency-Key}, as it is replayed. */
record RespostaGuardada(int status, String contentType, String location, byte[] corpo) {
}
