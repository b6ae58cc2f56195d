package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.comum.DomainException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant's dunning schedule: its steps (ordered by day), the sending window in
 * America/Sao_Paulo ({@code janelaInicio} inclusive, {@code janelaFim} exclusive), whether messages go
 * out on business days only and whether national holidays are skipped, the minimum spacing between
 * two messages to the same cliente, and how many days after vencimento an unpaid boleto is overdue.
 */
public record ReguaDeCobranca(
        List<EtapaRegua> etapas,
        LocalTime janelaInicio,
        LocalTime janelaFim,
        boolean somenteDiasUteis,
        boolean pularFeriados,
        int espacamentoMinimoHoras,
        int diasParaVencido) {

    public static final int DIAS_MAXIMOS = 120;
    public static final int ETAPAS_MAXIMAS = 20;

    public ReguaDeCobranca {
        etapas = etapas == null ? List.of() : etapas.stream()
                .sorted(Comparator.nullsFirst(Comparator.comparingInt(EtapaRegua::diasRelativosAoVencimento)))
                .toList();
    }

    /** The schedule a tenant has before anyone edits it: D-3, D0, D+1 and D+7, 08:00–20:00 on business days. */
    public static ReguaDeCobranca padrao() {
        return new ReguaDeCobranca(List.of(
                new EtapaRegua("Lembrete antes do vencimento", -3, null, true),
                new EtapaRegua("Vence hoje", 0, null, true),
                new EtapaRegua("Boleto vencido", 1, null, true),
                new EtapaRegua("Segunda cobrança", 7, null, true)),
                LocalTime.of(8, 0), LocalTime.of(20, 0), true, true, 24, 1);
    }

    public List<EtapaRegua> etapasAtivas() {
        return etapas.stream().filter(EtapaRegua::ativo).toList();
    }

    /**
     * Refuses a schedule that cannot be followed (422 {@code REGUA_INVALIDA}, every problem listed):
     * a missing or duplicate day, a window that ends before it starts, spacing or overdue days out of range.
     */
    public ReguaDeCobranca validada() {
        List<String> problemas = new ArrayList<>();
        if (etapas.isEmpty()) {
            problemas.add("a régua precisa de ao menos uma etapa");
        }
        if (etapas.size() > ETAPAS_MAXIMAS) {
            problemas.add("no máximo " + ETAPAS_MAXIMAS + " etapas");
        }
        Set<Integer> dias = new HashSet<>();
        for (EtapaRegua etapa : etapas) {
            if (etapa == null) {
                problemas.add("etapa vazia");
                continue;
            }
            if (etapa.nome() == null || etapa.nome().isBlank() || etapa.nome().length() > 80) {
                problemas.add("etapa " + etapa.rotulo() + ": nome obrigatório, até 80 caracteres");
            }
            if (Math.abs(etapa.diasRelativosAoVencimento()) > DIAS_MAXIMOS) {
                problemas.add("etapa " + etapa.rotulo() + ": dias relativos ao vencimento entre -" + DIAS_MAXIMOS
                        + " e +" + DIAS_MAXIMOS);
            }
            if (!dias.add(etapa.diasRelativosAoVencimento())) {
                problemas.add("duas etapas no mesmo dia (" + etapa.rotulo() + ")");
            }
        }
        if (janelaInicio == null || janelaFim == null) {
            problemas.add("janela de envio obrigatória (janelaInicio e janelaFim)");
        } else if (!janelaFim.isAfter(janelaInicio)) {
            problemas.add("a janela de envio termina (" + janelaFim + ") antes de começar (" + janelaInicio + ")");
        }
        if (espacamentoMinimoHoras < 0 || espacamentoMinimoHoras > 24 * 30) {
            problemas.add("espaçamento mínimo entre 0 e 720 horas");
        }
        if (diasParaVencido < 1 || diasParaVencido > 60) {
            problemas.add("dias após o vencimento para considerar vencido entre 1 e 60");
        }
        if (!problemas.isEmpty()) {
            throw DomainException.regraViolada("REGUA_INVALIDA", "Régua inválida: " + String.join("; ", problemas));
        }
        return this;
    }
}
