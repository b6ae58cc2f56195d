package br.com.nexus.app.query;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.LeadCapturado;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends events to the real event store as the aggregates would (numbered per aggregate), so the
 * read models can be tested on every event, including those no endpoint produces yet. Boletos are
 * registered as downloaded from the portal, so no PDF generation reacts to them.
 */
final class HistoricoDeTeste {

    static final Cpf CPF = Cpf.of("111.444.777-35");
    static final TelefoneWhatsapp WHATSAPP = TelefoneWhatsapp.of("(11) 98765-4321");
    static final Telefone TELEFONE = Telefone.of("(11) 98765-4321");

    private final EventStore eventStore;
    private final Map<String, Long> sequencias = new ConcurrentHashMap<>();

    HistoricoDeTeste(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    void publicar(String tipo, Object agregado, Object evento) {
        String id = agregado.toString();
        long sequencia = sequencias.merge(id, 1L, Long::sum) - 1;
        eventStore.publish(new GenericDomainEventMessage<>(tipo, id, sequencia, evento));
    }

    static ClienteCadastrado clienteCadastrado(TenantId tenant, ClienteId cliente, String nome) {
        return new ClienteCadastrado(cliente, tenant, CPF, nome, WHATSAPP, "cliente@exemplo.com.br",
                new Endereco("Rua A", "10", null, "Centro", "São Paulo", "SP", "01001-000"),
                new DadosConsorcio("G-100", "25", "C-9", "Ana", "Loja Centro"), null);
    }

    static BoletoRegistrado boletoRegistrado(TenantId tenant, BoletoId boleto, ClienteId cliente, long centavos,
            LocalDate vencimento) {
        Dinheiro valor = Dinheiro.deCentavos(centavos);
        StringBuilder campoLivre = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            campoLivre.append(ThreadLocalRandom.current().nextInt(10));
        }
        CodigoBarras codigo = CodigoBarras.gerar("001", vencimento, valor, campoLivre.toString());
        return new BoletoRegistrado(boleto, tenant, cliente, OrigemBoleto.CANOPUS, campoLivre.substring(14),
                codigo.linhaDigitavel(), codigo, valor, vencimento, 1, YearMonth.from(vencimento), "Parcela 1");
    }

    static LeadCapturado leadCapturado(TenantId tenant, LeadId lead, String nome, OrigemLead origem) {
        return new LeadCapturado(lead, tenant, nome, TELEFONE, "lead@exemplo.com", origem, "Consórcio");
    }
}
