package br.com.nexus.app.console;

import br.com.nexus.kernel.consulta.financeiro.ReceitaPorPeriodo;
import br.com.nexus.kernel.consulta.funil.Funil;
import br.com.nexus.kernel.lead.EtapaLead;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The data of the painel's charts as JSON, carried in a {@code data-} attribute (escaped like any
 * other value) and drawn by /console/painel.js: the page itself holds no script.
 */
@Component
class Graficos {

    private final ObjectMapper json = new ObjectMapper();
    private final Formatos formatos;

    Graficos(Formatos formatos) {
        this.formatos = formatos;
    }

    record Ponto(String rotulo, Number valor) {
    }

    /** Leads that reached each stage, lost ones left out: the shape of the funnel. */
    String funil(Funil funil) {
        return escrever(Arrays.stream(EtapaLead.values())
                .filter(etapa -> etapa != EtapaLead.PERDIDO)
                .map(etapa -> new Ponto(formatos.etapa(etapa), funil.alcancaram().getOrDefault(etapa, 0L)))
                .toList());
    }

    String receita(List<ReceitaPorPeriodo> baldes) {
        return escrever(baldes.stream()
                .map(balde -> new Ponto(formatos.data(balde.inicio()), balde.receita().reais()))
                .toList());
    }

    private String escrever(Object dados) {
        try {
            return json.writeValueAsString(dados);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
