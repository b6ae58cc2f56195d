package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DocumentoOpenApiIT extends ApiIT {

    @Test
    void documentaOsEndpointsDeComandoEDeAuditoria() {
        Resposta resposta = get("/v3/api-docs", null);

        assertThat(resposta.status()).isEqualTo(200);
        JsonNode caminhos = resposta.json().path("paths");
        assertThat(caminhos.has("/api/leads")).isTrue();
        assertThat(caminhos.path("/api/leads/{id}/status").path("post").path("summary").asText()).isNotBlank();
        assertThat(caminhos.has("/api/leads/{id}/conversao")).isTrue();
        assertThat(caminhos.has("/api/clientes/{id}")).isTrue();
        assertThat(caminhos.has("/api/clientes/{id}/opt-out")).isTrue();
        assertThat(caminhos.has("/api/boletos/{id}/cancelamento")).isTrue();
        assertThat(caminhos.has("/api/pagamentos/{id}/estorno")).isTrue();
        assertThat(caminhos.path("/api/auditoria/{tipo}/{id}/eventos").path("get").path("responses").has("404"))
                .isTrue();
        assertThat(resposta.json().path("tags").findValuesAsText("name"))
                .contains("Leads", "Clientes", "Boletos", "Pagamentos", "Auditoria");
        assertThat(resposta.json().path("components").path("schemas").path("CapturarLeadRequest")
                .path("properties").path("nome").path("maxLength").asInt()).isEqualTo(200);
    }
}
