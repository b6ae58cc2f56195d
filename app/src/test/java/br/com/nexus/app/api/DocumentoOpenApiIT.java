package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void descreveErrosSegurancaECodigosComoOCodigoResponde() {
        JsonNode documento = get("/v3/api-docs", null).json();
        JsonNode caminhos = documento.path("paths");

        assertThat(documento.path("info").path("title").asText()).isEqualTo("Nexus Cobrança API");
        assertThat(documento.path("components").path("schemas").path("Problema").path("properties").has("code"))
                .isTrue();
        assertThat(caminhos.has("/error")).isFalse();
        List<String> semResumo = new ArrayList<>();
        List<String> problemas = new ArrayList<>();
        caminhos.fields().forEachRemaining(caminho -> caminho.getValue().fields().forEachRemaining(operacao -> {
            String nome = operacao.getKey().toUpperCase() + " " + caminho.getKey();
            JsonNode op = operacao.getValue();
            if (op.path("summary").asText().isBlank() || op.path("tags").path(0).asText().endsWith("-controller")) {
                semResumo.add(nome);
            }
            op.path("responses").fields().forEachRemaining(resposta -> {
                if (resposta.getValue().path("content").has("*/*")) {
                    problemas.add(nome + " " + resposta.getKey() + " */*");
                }
                if (!resposta.getKey().startsWith("2") && !resposta.getKey().startsWith("3")
                        && !resposta.getValue().path("content").has("application/problem+json")) {
                    problemas.add(nome + " " + resposta.getKey() + " sem problem+json");
                }
            });
        }));
        assertThat(semResumo).isEmpty();
        assertThat(problemas).isEmpty();

        Map<String, String> sucesso = Map.of(
                "/api/admin/tenants", "post:201", "/api/usuarios", "post:201", "/api/whatsapp/modelos", "post:201",
                "/api/whatsapp/modelos/{id}", "delete:204", "/api/boletos/{id}/disparos", "post:202");
        sucesso.forEach((caminho, esperado) -> {
            String[] partes = esperado.split(":");
            JsonNode respostas = caminhos.path(caminho).path(partes[0]).path("responses");
            assertThat(respostas.has(partes[1])).as(caminho).isTrue();
            assertThat(respostas.has("200")).as(caminho).isFalse();
        });

        assertThat(caminhos.path("/api/auth/login").path("post").path("security").isEmpty()).isTrue();
        assertThat(caminhos.path("/api/auth/login").path("post").path("security").isArray()).isTrue();
        assertThat(caminhos.path("/api/webhooks/asaas").path("post").path("security").toString())
                .contains("asaasAccessToken").doesNotContain("\"bearer\"");
        assertThat(documento.path("components").path("securitySchemes").path("asaasAccessToken").path("name")
                .asText()).isEqualTo("asaas-access-token");
        assertThat(documento.path("components").path("securitySchemes").path("efiHmac").path("in").asText())
                .isEqualTo("query");
        assertThat(caminhos.path("/api/webhooks/evolution").path("post").path("requestBody").path("content")
                .path("application/json").path("schema").path("type").asText()).isEqualTo("object");
        assertThat(caminhos.path("/api/boletos/{id}/pdf").path("get").path("responses").path("200").path("content")
                .path("application/pdf").path("schema").path("format").asText()).isEqualTo("binary");
        assertThat(caminhos.has("/api/leads/{id}")).isTrue();
        assertThat(caminhos.has("/api/pagamentos/{id}")).isTrue();
        assertThat(caminhos.has("/api/admin/tenants/{id}")).isTrue();
    }
}
