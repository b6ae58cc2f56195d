package br.com.nexus.app.console;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.relatorio.Rotulos;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
        return valor == null ? "—" : "R$ " + decimal("#,##0.00").format(valor.reais());
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
