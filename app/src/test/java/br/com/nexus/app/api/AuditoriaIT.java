package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditoriaIT extends ApiIT {

    @Test
    void mostraOsEventosEmOrdemComQuemFezQuandoEACorrelacao() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, DadosDaApi.celular());
        post("/api/leads/" + leadId + "/status", empresa.operador(), Map.of("etapa", "CONTATADO"));
        post("/api/leads/" + leadId + "/status", empresa.operador(), Map.of("etapa", "QUALIFICADO"));

        Resposta resposta = get("/api/auditoria/lead/" + leadId + "/eventos", empresa.auditor());

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        List<JsonNode> eventos = new ArrayList<>();
        resposta.json().forEach(eventos::add);
        assertThat(eventos).extracting(e -> e.path("sequencia").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(eventos).extracting(e -> e.path("tipo").asText())
                .containsExactly("LeadCapturado", "LeadContatado", "LeadQualificado");
        String operador = empresa.usuarioIds().get(Papel.OPERADOR);
        for (JsonNode evento : eventos) {
            JsonNode metadata = evento.path("metadata");
            assertThat(metadata.path("usuarioId").asText()).isEqualTo(operador);
            assertThat(metadata.path("tenantId").asText()).isEqualTo(empresa.tenantId());
            assertThat(metadata.path("papel").asText()).isEqualTo("OPERADOR");
            assertThat(metadata.path("email").asText()).contains("@");
            assertThat(metadata.path("correlationId").asText()).isNotBlank();
            assertThat(evento.path("payload").path("leadId").asText()).isEqualTo(leadId);
            assertThat(Instant.parse(evento.path("timestamp").asText())).isBefore(Instant.now().plusSeconds(5));
        }
        assertThat(eventos.get(1).path("metadata").path("correlationId").asText())
                .isNotEqualTo(eventos.get(2).path("metadata").path("correlationId").asText());
    }

    @Test
    void paginaPorSequencia() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, DadosDaApi.celular());
        post("/api/leads/" + leadId + "/status", empresa.operador(), Map.of("etapa", "CONTATADO"));
        post("/api/leads/" + leadId + "/status", empresa.operador(), Map.of("etapa", "QUALIFICADO"));
        post("/api/leads/" + leadId + "/status", empresa.operador(), Map.of("etapa", "PERDIDO", "motivo", "Sumiu"));

        Resposta pagina = get("/api/auditoria/lead/" + leadId + "/eventos?desde=1&limite=2", empresa.auditor());

        assertThat(pagina.status()).as(pagina.toString()).isEqualTo(200);
        assertThat(pagina.json().findValuesAsText("tipo")).containsExactly("LeadContatado", "LeadQualificado");
        assertThat(get("/api/auditoria/lead/" + leadId + "/eventos?desde=9", empresa.auditor()).json()).isEmpty();
        assertProblema(get("/api/auditoria/lead/" + leadId + "/eventos?limite=0", empresa.auditor()), 400,
                "PARAMETRO_INVALIDO");
        assertProblema(get("/api/auditoria/lead/" + leadId + "/eventos?desde=abc", empresa.auditor()), 400,
                "REQUISICAO_INVALIDA");
    }

    @Test
    void tipoErradoTipoDesconhecidoEIdInexistenteRespondem404() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, DadosDaApi.celular());

        assertProblema(get("/api/auditoria/cliente/" + leadId + "/eventos", empresa.auditor()), 404, "NAO_ENCONTRADO");
        assertProblema(get("/api/auditoria/usuario/" + leadId + "/eventos", empresa.auditor()), 404, "NAO_ENCONTRADO");
        assertProblema(get("/api/auditoria/lead/0e6c2b51-7d3f-4c38-b0a2-5a1d9f8e7c6b/eventos", empresa.auditor()),
                404, "NAO_ENCONTRADO");
        assertProblema(get("/api/auditoria/lead/nao-uuid/eventos", empresa.auditor()), 400, "ID_INVALIDO");
    }

    @Test
    void soAdministradorEAuditorConsultamEAuditorNaoEscreve() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, DadosDaApi.celular());
        long eventosAntes = eventosDoTenant(empresa);

        Resposta operador = get("/api/auditoria/lead/" + leadId + "/eventos", empresa.operador());
        Resposta supervisor = get("/api/auditoria/lead/" + leadId + "/eventos",
                empresa.supervisor());
        Resposta auditorEscrevendo = post("/api/leads", empresa.auditor(), DadosDaApi.lead("Ana", DadosDaApi.celular()));
        Resposta auditorMovendo = post("/api/leads/" + leadId + "/status", empresa.auditor(),
                Map.of("etapa", "CONTATADO"));

        assertThat(operador.status()).isEqualTo(403);
        assertThat(supervisor.status()).isEqualTo(403);
        assertThat(auditorEscrevendo.status()).isEqualTo(403);
        assertThat(auditorMovendo.status()).isEqualTo(403);
        assertThat(auditorEscrevendo.contentType()).startsWith("application/problem+json");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
        assertThat(get("/api/auditoria/lead/" + leadId + "/eventos", empresa.auditor()).status()).isEqualTo(200);
    }
}
