package br.com.nexus.app.cobranca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.portal.fake.CpfsDeTeste;
import br.com.nexus.app.support.AplicacaoEmProcesso;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

/** What a collection needs, set up through the API of an {@link AplicacaoEmProcesso}. */
final class CadastroDeCobranca {

    private CadastroDeCobranca() {
    }

    record Cliente(String id, String telefone) {
    }

    static void integrarEvolution(AplicacaoEmProcesso app, String admin, EvolutionFalsa evolution) {
        app.enviar("PUT", "/api/integracoes/evolution", admin, evolution.integracao(), 200);
    }

    /**
     * A régua of one step, {@code dias} from the vencimento, sent in [{@code inicio}, {@code fim}) every
     * day with no spacing between messages; returns once the saga's read side knows it.
     */
    static void definirRegua(AplicacaoEmProcesso app, String admin, int dias, LocalTime inicio, LocalTime fim) {
        app.enviar("PUT", "/api/configuracoes/regua", admin, Map.of(
                "etapas", List.of(Map.of("nome", "Etapa D" + dias, "diasRelativosAoVencimento", dias)),
                "janelaInicio", inicio.toString(), "janelaFim", fim.toString(),
                "somenteDiasUteis", false, "pularFeriados", false, "espacamentoMinimoHoras", 0), 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode regua = app.get("/api/configuracoes/regua", admin);
            return regua.path("etapas").size() == 1
                    && regua.path("etapas").get(0).path("diasRelativosAoVencimento").asInt() == dias
                    && LocalTime.parse(regua.path("janelaInicio").asText()).equals(inicio);
        });
    }

    /** A cliente whose WhatsApp is {@code 55 11 9} followed by the eight digits of {@code numero}. */
    static Cliente novoCliente(AplicacaoEmProcesso app, String token, String nome, int numero) {
        String oito = String.format("%08d", numero);
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("cpf", CpfsDeTeste.novo().numero());
        corpo.put("nome", nome);
        corpo.put("whatsapp", "(11) 9" + oito.substring(0, 4) + "-" + oito.substring(4));
        JsonNode criado = app.enviar("POST", "/api/clientes", token, corpo, 201);
        return new Cliente(criado.path("id").asText(), "55119" + oito);
    }

    static String novoBoleto(AplicacaoEmProcesso app, String token, Cliente cliente, LocalDate vencimento) {
        StringBuilder campoLivre = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            campoLivre.append(ThreadLocalRandom.current().nextInt(10));
        }
        String valor = "150.00";
        CodigoBarras codigo = CodigoBarras.gerar("001", vencimento, Dinheiro.parse(valor), campoLivre.toString());
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("clienteId", cliente.id());
        corpo.put("linhaDigitavel", codigo.linhaDigitavel().formatada());
        corpo.put("valor", valor);
        corpo.put("vencimento", vencimento.toString());
        corpo.put("origem", "PROVEDOR");
        return app.enviar("POST", "/api/boletos", token, corpo, 201).path("id").asText();
    }

    /** The boleto's step {@code dias} as {@code GET /api/boletos/{id}/regua} shows it. */
    static Optional<JsonNode> etapa(AplicacaoEmProcesso app, String token, String boletoId, int dias) {
        JsonNode regua = app.get("/api/boletos/" + boletoId + "/regua", token);
        return StreamSupport.stream(regua.path("etapas").spliterator(), false)
                .filter(e -> e.path("diasRelativosAoVencimento").asInt() == dias).findFirst();
    }

    /** How many {@code EtapaDeCobrancaExecutada} the event store holds for the boleto. */
    static long etapasExecutadas(AplicacaoEmProcesso app, String boletoId) throws Exception {
        try (var banco = app.banco(); var consulta = banco.prepareStatement("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype = 'br.com.nexus.kernel.cobranca.EtapaDeCobrancaExecutada'
                  AND position(? IN convert_from(payload, 'UTF8')) > 0""")) {
            consulta.setString(1, boletoId);
            try (var linhas = consulta.executeQuery()) {
                linhas.next();
                return linhas.getLong(1);
            }
        }
    }

    /** A number as logs may show it: only its last four digits. */
    static String mascarado(String numero) {
        String digitos = numero.replaceAll("\\D", "");
        return "****" + digitos.substring(Math.max(0, digitos.length() - 4));
    }
}
