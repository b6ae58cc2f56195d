package br.com.nexus.app.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.seguranca.Papel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Message templates per tenant: CRUD, validation of variables, default flag and isolation. */
class ModeloWhatsappIT extends CenarioWhatsapp {

    private static final String MODELOS = "/api/whatsapp/modelos";

    @Test
    void criaListaAtualizaEExcluiModelos() {
        Empresa empresa = novaEmpresa();
        String admin = empresa.token(Papel.ADMIN);

        Resposta criado = post(MODELOS, admin, Map.of("nome", "Lembrete", "variantes",
                List.of("Oi {nome}, vence em {vencimento}.", "Olá {nome}: {linha_digitavel} ({data_atual})")));
        String id = criado.json().path("id").asText();
        Resposta padrao = post(MODELOS, admin, Map.of("nome", "Cobrança", "padrao", true,
                "variantes", List.of("Boleto de {valor}: {descricao}")));
        Resposta atualizado = put(MODELOS + "/" + id, admin, Map.of("nome", "Lembrete gentil", "padrao", true,
                "variantes", List.of("Oi {nome}!")));
        Resposta lista = get(MODELOS, empresa.token(Papel.OPERADOR));
        Resposta excluido = delete(MODELOS + "/" + id, admin);
        Resposta depois = get(MODELOS + "/" + id, admin);

        assertThat(criado.status()).as(criado.toString()).isEqualTo(201);
        assertThat(criado.header("Location")).endsWith(MODELOS + "/" + id);
        assertThat(padrao.status()).isEqualTo(201);
        assertThat(atualizado.status()).as(atualizado.toString()).isEqualTo(200);
        assertThat(lista.json()).hasSize(2);
        assertThat(lista.json().get(0).path("nome").asText()).as("the default comes first").isEqualTo("Lembrete gentil");
        assertThat(lista.json().get(0).path("padrao").asBoolean()).isTrue();
        assertThat(lista.json().get(1).path("padrao").asBoolean()).as("only one default").isFalse();
        assertThat(excluido.status()).isEqualTo(204);
        assertThat(depois.status()).isEqualTo(404);
    }

    @Test
    void recusaVariavelDesconhecidaCom422() {
        Empresa empresa = novaEmpresa();

        Resposta resposta = post(MODELOS, empresa.token(Papel.ADMIN), Map.of("nome", "Errado",
                "variantes", List.of("Oi {nome}", "Seu CPF {cpf} e valor {valor}")));

        assertThat(resposta.status()).isEqualTo(422);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().path("code").asText()).isEqualTo("VARIAVEL_DESCONHECIDA");
        assertThat(resposta.json().path("detail").asText()).contains("{cpf}");
        assertThat(get(MODELOS, empresa.token(Papel.ADMIN)).json()).isEmpty();
    }

    @Test
    void recusaNomeRepetidoEEntradaInvalida() {
        Empresa empresa = novaEmpresa();
        String admin = empresa.token(Papel.ADMIN);
        post(MODELOS, admin, Map.of("nome", "Único", "variantes", List.of("Oi {nome}")));

        Resposta repetido = post(MODELOS, admin, Map.of("nome", "Único", "variantes", List.of("Olá {nome}")));
        Resposta semVariantes = post(MODELOS, admin, Map.of("nome", "Vazio", "variantes", List.of()));
        Resposta longo = post(MODELOS, admin, Map.of("nome", "Longo", "variantes", List.of("x".repeat(5000))));
        Resposta idRuim = get(MODELOS + "/nao-e-uuid", admin);

        assertThat(repetido.status()).isEqualTo(409);
        assertThat(repetido.json().path("code").asText()).isEqualTo("MODELO_DUPLICADO");
        assertThat(semVariantes.status()).isEqualTo(400);
        assertThat(longo.status()).isEqualTo(400);
        assertThat(idRuim.status()).isEqualTo(400);
    }

    @Test
    void modeloDeOutraEmpresaNaoExisteParaQuemPergunta() {
        Empresa empresa = novaEmpresa();
        Empresa outra = novaEmpresa();
        String id = post(MODELOS, empresa.token(Papel.ADMIN), Map.of("nome", "Meu", "variantes",
                List.of("Oi {nome}"))).json().path("id").asText();

        assertThat(get(MODELOS + "/" + id, outra.token(Papel.ADMIN)).status()).isEqualTo(404);
        assertThat(put(MODELOS + "/" + id, outra.token(Papel.ADMIN), Map.of("nome", "Roubado",
                "variantes", List.of("x"))).status()).isEqualTo(404);
        assertThat(delete(MODELOS + "/" + id, outra.token(Papel.ADMIN)).status()).isEqualTo(404);
        assertThat(get(MODELOS + "/" + id, empresa.token(Papel.ADMIN)).json().path("nome").asText()).isEqualTo("Meu");
        assertThat(get(MODELOS, outra.token(Papel.ADMIN)).json()).isEmpty();
    }

    @Test
    void soQuemAdministraEscreveModelos() {
        Empresa empresa = novaEmpresa();
        Map<String, Object> corpo = Map.of("nome", "Tentativa", "variantes", List.of("Oi {nome}"));

        assertThat(post(MODELOS, empresa.token(Papel.OPERADOR), corpo).status()).isEqualTo(403);
        assertThat(post(MODELOS, empresa.token(Papel.AUDITOR), corpo).status()).isEqualTo(403);
        assertThat(get(MODELOS, empresa.token(Papel.AUDITOR)).status()).isEqualTo(200);
        assertThat(get(MODELOS, null).status()).isEqualTo(401);
    }
}
