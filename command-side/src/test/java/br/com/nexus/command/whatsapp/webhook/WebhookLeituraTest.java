package br.com.nexus.command.whatsapp.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WebhookLeituraTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void nomesDeEventoDeTodosOsFormatosSaoOMesmo() {
        assertThat(EvolutionWebhookController.normalizar("messages.update")).isEqualTo("messages.update");
        assertThat(EvolutionWebhookController.normalizar("MESSAGES_UPDATE")).isEqualTo("messages.update");
        assertThat(EvolutionWebhookController.normalizar("messages-update")).isEqualTo("messages.update");
        assertThat(EvolutionWebhookController.normalizar(" ")).isNull();
    }

    @Test
    void statusNumericoDeVersoesAntigasViraONome() {
        assertThat(StatusDeMensagens.normalizar("3")).isEqualTo("DELIVERY_ACK");
        assertThat(StatusDeMensagens.normalizar("4")).isEqualTo("READ");
        assertThat(StatusDeMensagens.normalizar("0")).isEqualTo("ERROR");
        assertThat(StatusDeMensagens.normalizar("read")).isEqualTo("READ");
        assertThat(StatusDeMensagens.normalizar(null)).isEqualTo("DELETED");
    }

    @Test
    void textoDaMensagemOuLegendaDaMidia() throws Exception {
        assertThat(EvolutionWebhookController.textoDa(json.readTree("{\"conversation\":\"Já paguei\"}")))
                .isEqualTo("Já paguei");
        assertThat(EvolutionWebhookController.textoDa(json.readTree(
                "{\"extendedTextMessage\":{\"text\":\"segue comprovante\"}}"))).isEqualTo("segue comprovante");
        assertThat(EvolutionWebhookController.textoDa(json.readTree(
                "{\"imageMessage\":{\"caption\":\"comprovante\",\"mimetype\":\"image/jpeg\"}}"))).isEqualTo("comprovante");
        assertThat(EvolutionWebhookController.textoDa(json.readTree(
                "{\"documentMessage\":{\"fileName\":\"comprovante.pdf\"}}"))).isEqualTo("comprovante.pdf");
        assertThat(EvolutionWebhookController.textoDa(json.readTree("{\"audioMessage\":{\"seconds\":3}}"))).isNull();
    }

    @Test
    void jidDeDozeDigitosRecuperaONonoDigito() {
        assertThat(RespostasWhatsapp.telefone("551187654321@s.whatsapp.net")).isEqualTo("5511987654321");
        assertThat(RespostasWhatsapp.telefone("5511987654321@s.whatsapp.net")).isEqualTo("5511987654321");
        assertThat(RespostasWhatsapp.telefone("5511987654321:12@s.whatsapp.net")).isEqualTo("5511987654321");
        assertThat(RespostasWhatsapp.telefone("14155550123@s.whatsapp.net")).isNull();
        assertThat(RespostasWhatsapp.telefone("123456789@lid")).isNull();
    }
}
