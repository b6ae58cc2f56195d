package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another tenant's ids are answered exactly like ids that do not exist, and nothing of theirs changes. */
class IsolamentoEntreEmpresasIT extends ApiIT {

    @Test
    void outraEmpresaNaoMexeNoLead() {
        Empresa dona = novaEmpresa();
        Empresa intrusa = novaEmpresa();
        String leadId = capturarLead(dona, DadosDaApi.celular());
        String rota = "/api/leads/" + leadId;

        assertProblema(post(rota + "/status", intrusa.operador(), Map.of("etapa", "CONTATADO")), 404, "NAO_ENCONTRADO");
        assertProblema(post(rota + "/status", intrusa.operador(), Map.of("etapa", "PERDIDO", "motivo", "x")), 404,
                "NAO_ENCONTRADO");
        assertProblema(post(rota + "/conversao", intrusa.operador(), Map.of("cpf", DadosDaApi.cpf())), 404,
                "NAO_ENCONTRADO");

        assertThat(tiposNoHistorico(dona, "lead", leadId)).containsExactly("LeadCapturado");
    }

    @Test
    void outraEmpresaNaoMexeNoCliente() {
        Empresa dona = novaEmpresa();
        Empresa intrusa = novaEmpresa();
        String clienteId = cadastrarCliente(dona, DadosDaApi.cpf());
        String rota = "/api/clientes/" + clienteId;
        Map<String, Object> dados = DadosDaApi.cliente(DadosDaApi.cpf());

        assertProblema(put(rota, intrusa.operador(), dados), 404, "NAO_ENCONTRADO");
        assertProblema(post(rota + "/opt-out", intrusa.operador(), Map.of("motivo", "x")), 404, "NAO_ENCONTRADO");
        assertProblema(post(rota + "/opt-in", intrusa.operador(), null), 404, "NAO_ENCONTRADO");
        assertProblema(post(rota + "/inativacao", intrusa.operador(), Map.of("motivo", "x")), 404, "NAO_ENCONTRADO");
        assertProblema(post("/api/boletos", intrusa.operador(), DadosDaApi.boletoPorLinha(clienteId, "10.00")), 404,
                "CLIENTE_NAO_ENCONTRADO");
        assertProblema(post("/api/pagamentos", intrusa.operador(), Map.of("clienteId", clienteId, "valor", "10.00",
                "metodo", "PIX")), 404, "CLIENTE_NAO_ENCONTRADO");

        assertThat(tiposNoHistorico(dona, "cliente", clienteId)).containsExactly("ClienteCadastrado");
    }

    @Test
    void outraEmpresaNaoMexeNoBoletoNemNoPagamento() {
        Empresa dona = novaEmpresa();
        Empresa intrusa = novaEmpresa();
        String clienteId = cadastrarCliente(dona, DadosDaApi.cpf());
        String boletoId = registrarBoleto(dona, clienteId, "210.00");
        String pagamentoId = post("/api/pagamentos", dona.operador(), Map.of("clienteId", clienteId,
                "valor", "50.00", "metodo", "PIX")).json().path("id").asText();
        String clienteDaIntrusa = cadastrarCliente(intrusa, DadosDaApi.cpf());
        long eventosDaIntrusa = eventosDoTenant(intrusa);

        assertProblema(post("/api/boletos/" + boletoId + "/cancelamento", intrusa.operador(), Map.of("motivo", "x")),
                404, "NAO_ENCONTRADO");
        assertProblema(post("/api/pagamentos", intrusa.operador(), Map.of("boletoId", boletoId,
                "clienteId", clienteDaIntrusa, "valor", "210.00", "metodo", "PIX")), 404, "BOLETO_NAO_ENCONTRADO");
        assertProblema(post("/api/pagamentos/" + pagamentoId + "/estorno", intrusa.supervisor(),
                Map.of("motivo", "x")), 404, "NAO_ENCONTRADO");

        assertThat(tiposNoHistorico(dona, "boleto", boletoId)).containsExactly("BoletoRegistrado");
        assertThat(tiposNoHistorico(dona, "pagamento", pagamentoId))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
        assertThat(eventosDoTenant(intrusa)).isEqualTo(eventosDaIntrusa);
    }

    @Test
    void auditorDeOutraEmpresaNaoVeOHistorico() {
        Empresa dona = novaEmpresa();
        Empresa intrusa = novaEmpresa();
        String leadId = capturarLead(dona, DadosDaApi.celular());
        String clienteId = cadastrarCliente(dona, DadosDaApi.cpf());

        assertProblema(get("/api/auditoria/lead/" + leadId + "/eventos", intrusa.auditor()), 404, "NAO_ENCONTRADO");
        assertProblema(get("/api/auditoria/cliente/" + clienteId + "/eventos", intrusa.admin()), 404, "NAO_ENCONTRADO");
        assertThat(get("/api/auditoria/lead/" + leadId + "/eventos", dona.auditor()).status()).isEqualTo(200);
    }
}
