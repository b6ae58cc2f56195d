package br.com.nexus.app.console;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.disparo.StatusDisparo;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.relatorio.Rotulos;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Brazilian formats for the pages ({@code @formatos} in templates): R$ 1.234,56, 05/12/2026, the firm's time zone. */
@Component("formatos")
public class Formatos {

    private static final Locale BRASIL = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy", BRASIL);
    private static final DateTimeFormatter DATA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", BRASIL);
    private static final DateTimeFormatter DATA_HORA_SEGUNDOS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss",
            BRASIL);

    private final Calendario calendario;

    public Formatos(Calendario calendario) {
        this.calendario = calendario;
    }

    public String dinheiro(Dinheiro valor) {
        return valor == null ? "—" : "R$ " + semMoeda(valor);
    }

    /** An amount as people type it in a form, without the currency: 1.234,56. */
    public String semMoeda(Dinheiro valor) {
        return decimal("#,##0.00").format(valor.reais());
    }

    public String centavos(Long centavos) {
        return centavos == null ? "—" : dinheiro(Dinheiro.deCentavos(centavos));
    }

    public String numero(long valor) {
        return decimal("#,##0").format(valor);
    }

    public String percentual(BigDecimal valor) {
        return valor == null ? "—" : decimal("#,##0.##").format(valor) + "%";
    }

    public String etapa(EtapaLead etapa) {
        return Rotulos.de(etapa);
    }

    public String situacao(SituacaoBoleto situacao) {
        return Rotulos.de(situacao);
    }

    public String pagamento(StatusPagamento status) {
        return status == null ? "—" : Rotulos.de(status);
    }

    public String metodo(MetodoPagamento metodo) {
        return Rotulos.de(metodo);
    }

    public String provedor(Provedor provedor) {
        return Rotulos.de(provedor);
    }

    public String disparo(StatusDisparo status) {
        return status == null ? "—" : Rotulos.de(status);
    }

    /** A step of a boleto's régua as the query names it (PREVISTA, EXECUTADA, PULADA). */
    public String etapaDaRegua(String situacao) {
        return switch (situacao) {
            case "PREVISTA" -> "Prevista";
            case "EXECUTADA" -> "Executada";
            case "PULADA" -> "Pulada";
            default -> situacao;
        };
    }

    /** The dispatch of an executed step, as the query names its status. */
    public String disparo(String status) {
        if (status == null) {
            return "—";
        }
        return Arrays.stream(StatusDisparo.values()).filter(s -> s.name().equals(status)).findFirst()
                .map(Rotulos::de).orElse(status);
    }

    /** Where a boleto's collection stands (ATIVA, INTERROMPIDA, ENCERRADA). */
    public String cobranca(String situacao) {
        return switch (situacao == null ? "" : situacao) {
            case "ATIVA" -> "Em andamento";
            case "INTERROMPIDA" -> "Interrompida";
            case "ENCERRADA" -> "Encerrada";
            default -> "—";
        };
    }

    public String data(LocalDate dia) {
        return dia == null ? "—" : DATA.format(dia);
    }

    public String data(Instant instante) {
        return instante == null ? "—" : DATA.format(instante.atZone(calendario.fuso()));
    }

    public String dataHora(Instant instante) {
        return instante == null ? "—" : DATA_HORA.format(instante.atZone(calendario.fuso()));
    }

    public String dataHoraComSegundos(Instant instante) {
        return instante == null ? "—" : DATA_HORA_SEGUNDOS.format(instante.atZone(calendario.fuso()));
    }

    /** Who caused an audited event, as its metadata records it: the user's e-mail and role, or the system. */
    public String quem(Map<String, Object> metadata) {
        Object email = metadata.get("email");
        Object papel = metadata.get("papel");
        if (email == null) {
            return "Sistema (processo automático)";
        }
        return papel == null ? email.toString() : email + " (" + papel + ")";
    }

    /** A new formatter each time: DecimalFormat is not thread-safe. */
    private static DecimalFormat decimal(String padrao) {
        return new DecimalFormat(padrao, DecimalFormatSymbols.getInstance(BRASIL));
    }
}
