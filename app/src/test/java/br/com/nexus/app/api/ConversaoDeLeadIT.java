package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.ConverterLeadCommand;
import br.com.nexus.kernel.lead.LeadId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lead → cliente policy when the cliente cannot be registered. */
class ConversaoDeLeadIT extends ApiIT {

    @Autowired
    CommandGateway commandGateway;

    @Test
    void cpfTomadoDepoisDaConversaoFicaRegistradoEAsConversoesSeguintesContinuam() throws Exception {
        Empresa empresa = novaEmpresa();
        String cpf = DadosDaApi.cpf();
        String clienteExistente = cadastrarCliente(empresa, cpf);
        String leadId = capturarLead(empresa, DadosDaApi.celular());
        ClienteId clienteDaConversao = ClienteId.novo();

        // As if the cliente had been registered between the API's check and the policy: the conversion goes through.
        commandGateway.sendAndWait(new ConverterLeadCommand(LeadId.de(leadId), TenantId.de(empresa.tenantId()),
                clienteDaConversao, Cpf.of(cpf)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recusas(leadId)).hasSize(1));
        JsonNode recusa = JSON.readTree(recusas(leadId).get(0));
        assertThat(recusa.path("codigo").asText()).isEqualTo("CPF_DUPLICADO");
        assertThat(recusa.path("clienteId").asText()).isEqualTo(clienteDaConversao.toString());
        assertThat(recusa.path("tenantId").asText()).isEqualTo(empresa.tenantId());
        assertThat(tiposNoHistorico(empresa, "lead", leadId)).containsExactly("LeadCapturado", "LeadConvertido");
        assertProblema(get("/api/auditoria/cliente/" + clienteDaConversao + "/eventos", empresa.admin()), 404,
                "NAO_ENCONTRADO");
        assertThat(tiposNoHistorico(empresa, "cliente", clienteExistente)).containsExactly("ClienteCadastrado");

        String outroLead = capturarLead(empresa, DadosDaApi.celular());
        String outroCliente = post("/api/leads/" + outroLead + "/conversao", empresa.operador(),
                Map.of("cpf", DadosDaApi.cpf())).json().path("clienteId").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/auditoria/cliente/" + outroCliente + "/eventos", empresa.admin()).status())
                        .isEqualTo(200));
    }

    @Test
    void clienteCadastradoPelaConversaoLevaQuemConverteu() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, DadosDaApi.celular());

        String clienteId = post("/api/leads/" + leadId + "/conversao", empresa.operador(),
                Map.of("cpf", DadosDaApi.cpf())).json().path("clienteId").asText();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/auditoria/cliente/" + clienteId + "/eventos", empresa.admin()).status())
                        .isEqualTo(200));
        JsonNode convertido = historico(empresa, "lead", leadId).get(1);
        JsonNode cadastrado = historico(empresa, "cliente", clienteId).get(0);
        assertThat(cadastrado.path("metadata").path("usuarioId").asText())
                .isEqualTo(convertido.path("metadata").path("usuarioId").asText()).isNotBlank();
        assertThat(cadastrado.path("metadata").path("tenantId").asText()).isEqualTo(empresa.tenantId());
    }

    private List<String> recusas(String leadId) {
        return jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM domainevententry
                WHERE payloadtype = 'br.com.nexus.kernel.lead.CadastroDeClienteRecusado'
                  AND position(? in convert_from(payload, 'UTF8')) > 0""", String.class, leadId);
    }
}
