package br.com.nexus.kernel.cobranca;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Works out when each step of a régua goes out for one boleto. The same rules serve the saga that
 * sends and the endpoints that show the plan, so what is shown is what will happen:
 * <ul>
 * <li>a step goes out at the start of the sending window on vencimento + its days, moved to the next
 * allowed moment (window, business days, national holidays); a step after vencimento never goes
 * before the boleto counts as overdue;</li>
 * <li>of the steps whose moment has passed, only the latest goes out (now, or when the window opens);
 * the others are skipped: a late boleto gets one message, never a burst; a step more than 30 days late
 * is skipped too, so a boleto registered months after its vencimento is marked overdue but not messaged;</li>
 * <li>a step earlier than one already sent or skipped is skipped (a régua changed to add it comes too late);</li>
 * <li>two messages to the same cliente are at least {@code espacamentoMinimoHoras} apart, counting from
 * the last one sent to that cliente for any boleto.</li>
 * </ul>
 * The overdue instant is the start of the day {@code diasParaVencido} days after the vencimento, where a
 * vencimento on a weekend or holiday first moves to the next business day (the bank still takes payment then).
 */
public final class PlanejadorDeCobranca {

    static final String PERDIDA = "Etapa perdida: só a etapa mais recente já devida é enviada";
    static final String SUPERADA = "Etapa anterior a uma já tratada";
    static final String ANTIGA = "Etapa devida há mais de 30 dias: a régua não cobra boletos tão antigos";
    /** A step this late is not sent at all: a boleto registered months after its vencimento gets no message. */
    static final Duration ATRASO_MAXIMO = Duration.ofDays(30);
    private static final int DIAS_DE_BUSCA = 400;

    private PlanejadorDeCobranca() {
    }

    /**
     * @param tratadas the days (relative to vencimento) of the steps already sent or skipped
     * @param ultimoEnvioAoCliente the last message sent to the boleto's cliente, or null
     */
    public static PlanoDeCobranca planejar(ReguaDeCobranca regua, LocalDate vencimento, Instant agora,
            Set<Integer> tratadas, Instant ultimoEnvioAoCliente) {
        Instant vencidoEm = vencidoEm(regua, vencimento);
        int ultimaTratada = tratadas.stream().mapToInt(Integer::intValue).max().orElse(Integer.MIN_VALUE);
        List<EtapaPlanejada> plano = new ArrayList<>();
        regua.etapasAtivas().stream()
                .filter(e -> e.diasRelativosAoVencimento() < ultimaTratada && !tratadas.contains(e.diasRelativosAoVencimento()))
                .forEach(e -> plano.add(new EtapaPlanejada(e.nome(), e.diasRelativosAoVencimento(), e.modeloId(),
                        EtapaPlanejada.Situacao.PULADA, null, SUPERADA)));
        List<EtapaRegua> pendentes = regua.etapasAtivas().stream()
                .filter(e -> e.diasRelativosAoVencimento() > ultimaTratada).toList();
        List<Instant> momentos = pendentes.stream().map(e -> momento(regua, vencimento, vencidoEm, e)).toList();
        int ultimaDevida = -1;
        for (int i = 0; i < pendentes.size(); i++) {
            if (!momentos.get(i).isAfter(agora)) {
                ultimaDevida = i;
            }
        }
        Instant anterior = ultimoEnvioAoCliente;
        Duration espacamento = Duration.ofHours(regua.espacamentoMinimoHoras());
        for (int i = 0; i < pendentes.size(); i++) {
            EtapaRegua etapa = pendentes.get(i);
            if (i < ultimaDevida) {
                plano.add(new EtapaPlanejada(etapa.nome(), etapa.diasRelativosAoVencimento(), etapa.modeloId(),
                        EtapaPlanejada.Situacao.PULADA, null, PERDIDA));
                continue;
            }
            if (i == ultimaDevida && momentos.get(i).plus(ATRASO_MAXIMO).isBefore(agora)) {
                plano.add(new EtapaPlanejada(etapa.nome(), etapa.diasRelativosAoVencimento(), etapa.modeloId(),
                        EtapaPlanejada.Situacao.PULADA, null, ANTIGA));
                continue;
            }
            Instant quando = i == ultimaDevida ? proximoMomentoPermitido(regua, agora) : momentos.get(i);
            if (anterior != null && quando.isBefore(anterior.plus(espacamento))) {
                quando = proximoMomentoPermitido(regua, anterior.plus(espacamento));
            }
            plano.add(new EtapaPlanejada(etapa.nome(), etapa.diasRelativosAoVencimento(), etapa.modeloId(),
                    EtapaPlanejada.Situacao.PREVISTA, quando, null));
            anterior = quando;
        }
        return new PlanoDeCobranca(plano, vencidoEm);
    }

    public static Instant vencidoEm(ReguaDeCobranca regua, LocalDate vencimento) {
        return CalendarioDeCobranca.proximoDiaUtil(vencimento).plusDays(regua.diasParaVencido())
                .atStartOfDay(CalendarioDeCobranca.FUSO).toInstant();
    }

    private static Instant momento(ReguaDeCobranca regua, LocalDate vencimento, Instant vencidoEm, EtapaRegua etapa) {
        Instant nominal = vencimento.plusDays(etapa.diasRelativosAoVencimento())
                .atTime(regua.janelaInicio()).atZone(CalendarioDeCobranca.FUSO).toInstant();
        if (etapa.diasRelativosAoVencimento() > 0 && nominal.isBefore(vencidoEm)) {
            nominal = vencidoEm;
        }
        return proximoMomentoPermitido(regua, nominal);
    }

    /** {@code instante} itself when a message may go out then, else the next moment one may. */
    public static Instant proximoMomentoPermitido(ReguaDeCobranca regua, Instant instante) {
        ZonedDateTime atual = instante.atZone(CalendarioDeCobranca.FUSO);
        for (int i = 0; i < DIAS_DE_BUSCA; i++) {
            LocalDate dia = atual.toLocalDate();
            LocalTime hora = atual.toLocalTime();
            if (diaPermitido(regua, dia) && hora.isBefore(regua.janelaFim())) {
                return hora.isBefore(regua.janelaInicio())
                        ? dia.atTime(regua.janelaInicio()).atZone(CalendarioDeCobranca.FUSO).toInstant()
                        : atual.toInstant();
            }
            atual = dia.plusDays(1).atTime(regua.janelaInicio()).atZone(CalendarioDeCobranca.FUSO);
        }
        throw new IllegalStateException("Nenhum dia de envio permitido em " + DIAS_DE_BUSCA + " dias");
    }

    private static boolean diaPermitido(ReguaDeCobranca regua, LocalDate dia) {
        return !(regua.somenteDiasUteis() && CalendarioDeCobranca.fimDeSemana(dia))
                && !(regua.pularFeriados() && CalendarioDeCobranca.feriado(dia));
    }
}
