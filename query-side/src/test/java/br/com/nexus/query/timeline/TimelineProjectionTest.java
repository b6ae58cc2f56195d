package br.com.nexus.query.timeline;

import static br.com.nexus.query.teste.Dados.boletoRegistrado;
import static br.com.nexus.query.teste.Dados.leadCapturado;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.RespostaWhatsappRecebida;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.cliente.BuscarTimelineClienteQuery;
import br.com.nexus.kernel.consulta.cliente.EventoTimeline;
import br.com.nexus.kernel.consulta.cliente.TimelineCliente;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.lead.LeadCapturado;
import br.com.nexus.kernel.lead.LeadContatado;
import br.com.nexus.kernel.lead.LeadConvertido;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Dados;
import br.com.nexus.query.teste.Historia;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class TimelineProjectionTest {

    private final TimelineProjection projecao = new TimelineProjection(BancoDeTeste.jdbc());
    private final Historia historia = new Historia();
    private final TenantId tenant = TenantId.novo();

    @Test
    void mostraDoLeadAoPagamentoEmOrdem() {
        List<DomainEventMessage<?>> eventos = jornadaCompleta();
        ClienteId cliente = clienteDe(eventos);

        TimelineCliente timeline = timeline(cliente);

        assertThat(timeline.eventos()).extracting(EventoTimeline::tipo).containsExactly(
                "LEAD_CAPTURADO", "LEAD_CONTATADO", "LEAD_CONVERTIDO", "CLIENTE_CADASTRADO", "BOLETO_REGISTRADO",
                "DISPARO_SOLICITADO", "DISPARO_ENVIADO", "DISPARO_ENTREGUE", "PAGAMENTO_CRIADO",
                "PAGAMENTO_CONFIRMADO", "BOLETO_PAGO");
        EventoTimeline boleto = timeline.eventos().get(4);
        assertThat(boleto.descricao()).isEqualTo("Boleto de R$ 150,50 com vencimento em 20/03/2026 registrado");
        assertThat(boleto.detalhes()).containsEntry("valor", "150.50").containsEntry("vencimento", "2026-03-20");
        assertThat(boleto.referenciaTipo()).isEqualTo("BOLETO");
    }

    @Test
    void respostaDoClientePeloWhatsappEntraNaTimeline() {
        ClienteId cliente = clienteDe(jornadaCompleta());
        historia.avancar(Duration.ofHours(1));
        historia.aplicar(cliente, new RespostaWhatsappRecebida(cliente, tenant, "3EB0FF", "conversation",
                "Já paguei, obrigado", historia.agora()), projecao);

        EventoTimeline ultimo = timeline(cliente).eventos().get(timeline(cliente).eventos().size() - 1);

        assertThat(ultimo.tipo()).isEqualTo("RESPOSTA_WHATSAPP");
        assertThat(ultimo.descricao()).isEqualTo("Cliente respondeu pelo WhatsApp: Já paguei, obrigado");
    }

    @Test
    void naoExpoeTelefoneCompleto() {
        ClienteId cliente = clienteDe(jornadaCompleta());

        assertThat(timeline(cliente).eventos()).allSatisfy(e ->
                assertThat(e.detalhes().values()).noneMatch(v -> v.contains("987654321")));
    }

    @Test
    void mesmoEventoDuasVezesNaoMudaNada() {
        List<DomainEventMessage<?>> eventos = jornadaCompleta();
        ClienteId cliente = clienteDe(eventos);
        TimelineCliente antes = timeline(cliente);

        historia.avancar(Duration.ofDays(1));
        eventos.forEach(e -> Historia.reaplicar(e, projecao));

        assertThat(timeline(cliente)).isEqualTo(antes);
    }

    @Test
    void replayDepoisDoResetReconstroiIgual() {
        List<DomainEventMessage<?>> eventos = jornadaCompleta();
        ClienteId cliente = clienteDe(eventos);
        TimelineCliente antes = timeline(cliente);

        Historia.reiniciar(projecao);
        assertThat(projecao.handle(new BuscarTimelineClienteQuery(tenant, cliente))).isEmpty();
        eventos.forEach(e -> Historia.reaplicar(e, projecao));

        assertThat(timeline(cliente)).isEqualTo(antes);
    }

    @Test
    void clienteDesconhecidoOuDeOutroTenantNaoTemTimeline() {
        ClienteId cliente = clienteDe(jornadaCompleta());

        assertThat(projecao.handle(new BuscarTimelineClienteQuery(TenantId.novo(), cliente))).isEmpty();
        assertThat(projecao.handle(new BuscarTimelineClienteQuery(tenant, ClienteId.novo()))).isEmpty();
    }

    @Test
    void leadComTelefoneFixoApareceComONumeroMascarado() {
        LeadId lead = LeadId.novo();
        ClienteId cliente = ClienteId.novo();
        historia.aplicar(lead, new LeadCapturado(lead, tenant, "Rui", Dados.FIXO, null, OrigemLead.TELEFONE, null),
                projecao);
        historia.aplicar(lead, new LeadConvertido(lead, tenant, cliente, Dados.CPF, "Rui", Dados.FIXO, null),
                projecao);
        historia.aplicar(cliente, new ClienteCadastrado(cliente, tenant, Dados.CPF, "Rui", null, null, null, null,
                lead), projecao);

        EventoTimeline capturado = timeline(cliente).eventos().get(0);

        assertThat(capturado.tipo()).isEqualTo("LEAD_CAPTURADO");
        assertThat(capturado.detalhes()).containsEntry("telefone", "+55 11 ****-7890");
        assertThat(capturado.detalhes().values()).noneMatch(v -> v.contains("3456"));
    }

    private List<DomainEventMessage<?>> jornadaCompleta() {
        List<DomainEventMessage<?>> eventos = new ArrayList<>();
        LeadId lead = LeadId.novo();
        ClienteId cliente = ClienteId.novo();
        eventos.add(historia.aplicar(lead, leadCapturado(tenant, lead, "Paula", OrigemLead.INSTAGRAM), projecao));
        historia.avancar(Duration.ofHours(1));
        eventos.add(historia.aplicar(lead, new LeadContatado(lead, tenant, "ligou"), projecao));
        historia.avancar(Duration.ofDays(1));
        eventos.add(historia.aplicar(lead, new LeadConvertido(lead, tenant, cliente, Dados.CPF, "Paula",
                Dados.TELEFONE, null), projecao));
        eventos.add(historia.aplicar(cliente, new ClienteCadastrado(cliente, tenant, Dados.CPF, "Paula",
                Dados.WHATSAPP, null, null, null, lead), projecao));
        historia.avancar(Duration.ofHours(1));
        BoletoId boleto = BoletoId.novo();
        eventos.add(historia.aplicar(boleto, boletoRegistrado(tenant, boleto, cliente, 15_050,
                LocalDate.of(2026, 3, 20)), projecao));
        DisparoId disparo = DisparoId.novo();
        historia.avancar(Duration.ofMinutes(5));
        eventos.add(historia.aplicar(disparo, new DisparoSolicitado(disparo, tenant, boleto, null,
                Dados.WHATSAPP.numero(), "Seu boleto", null), projecao));
        eventos.add(historia.aplicar(disparo, new DisparoEnviado(disparo, tenant, "MSG", 1), projecao));
        historia.avancar(Duration.ofMinutes(1));
        eventos.add(historia.aplicar(disparo, new DisparoEntregue(disparo, tenant), projecao));
        historia.avancar(Duration.ofDays(2));
        PagamentoId pagamento = PagamentoId.novo();
        eventos.add(historia.aplicar(pagamento, new PagamentoCriado(pagamento, tenant, boleto, null, Provedor.EFI,
                "txid", Dinheiro.deCentavos(15_050), MetodoPagamento.PIX), projecao));
        eventos.add(historia.aplicar(pagamento, new PagamentoConfirmado(pagamento, tenant, boleto,
                Dinheiro.deCentavos(15_050), LocalDate.of(2026, 3, 6), "e2e"), projecao));
        eventos.add(historia.aplicar(boleto, new BoletoPago(boleto, tenant, pagamento), projecao));
        return eventos;
    }

    private static ClienteId clienteDe(List<DomainEventMessage<?>> eventos) {
        return ((ClienteCadastrado) eventos.get(3).getPayload()).clienteId();
    }

    private TimelineCliente timeline(ClienteId cliente) {
        return projecao.handle(new BuscarTimelineClienteQuery(tenant, cliente)).orElseThrow();
    }
}
