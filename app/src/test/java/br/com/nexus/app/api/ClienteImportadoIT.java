package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A cliente that came from a spreadsheet is a cliente like any other for boletos and payments. */
class ClienteImportadoIT extends ApiIT {

    @Test
    void clienteImportadoDaPlanilhaRecebeBoletoEPagamento() {
        Empresa empresa = novaEmpresa();
        String cpf = DadosDaApi.cpf();
        Resposta importacao = importar(empresa.supervisor(),
                ("CPF;Nome;WhatsApp\n" + cpf + ";Irene Campos;11987654321\n").getBytes(StandardCharsets.UTF_8));
        assertThat(importacao.json().path("importados").asInt()).as(importacao.toString()).isEqualTo(1);
        String clienteId = clienteDaListagem(empresa, "Irene Campos");

        Resposta boleto = post("/api/boletos", empresa.operador(), DadosDaApi.boletoPorLinha(clienteId, "210.00"));
        assertThat(boleto.status()).as(boleto.toString()).isEqualTo(201);
        String boletoId = boleto.json().path("id").asText();
        Resposta pagamento = post("/api/pagamentos", empresa.operador(), Map.of("boletoId", boletoId,
                "clienteId", clienteId, "valor", "210.00", "metodo", "PIX", "dataPagamento", "2026-11-05"));
        Resposta avulso = post("/api/pagamentos", empresa.operador(), Map.of("clienteId", clienteId,
                "valor", "15.00", "metodo", "DINHEIRO"));

        assertThat(pagamento.status()).as(pagamento.toString()).isEqualTo(201);
        assertThat(avulso.status()).as(avulso.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tiposNoHistorico(empresa, "boleto",
                boletoId)).containsExactly("BoletoRegistrado", "BoletoPago"));
    }

    /** The id a user sees: the one the cliente list shows. */
    private String clienteDaListagem(Empresa empresa, String nome) {
        JsonNode[] encontrado = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode itens = get("/api/clientes?busca=" + nome.replace(" ", "%20"), empresa.operador()).json()
                    .path("items");
            encontrado[0] = itens.size() == 1 ? itens.get(0) : null;
            return encontrado[0] != null;
        });
        return encontrado[0].path("id").asText();
    }

    private Resposta importar(String token, byte[] csv) {
        String fronteira = "----nexus" + UUID.randomUUID();
        ByteArrayOutputStream corpo = new ByteArrayOutputStream();
        corpo.writeBytes(("--" + fronteira + "\r\nContent-Disposition: form-data; name=\"arquivo\"; "
                + "filename=\"clientes.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corpo.writeBytes(csv);
        corpo.writeBytes(("\r\n--" + fronteira + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/clientes/importacao", token)
                .header("Content-Type", "multipart/form-data; boundary=" + fronteira)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corpo.toByteArray())));
    }
}
