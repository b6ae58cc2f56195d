package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.comum.DomainException;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A régua as a caller sends it: any field left out takes the default schedule's value (the steps
 * included), and a step without {@code ativo} is active.
 */
public record ReguaProposta(
        List<Etapa> etapas,
        LocalTime janelaInicio,
        LocalTime janelaFim,
        Boolean somenteDiasUteis,
        Boolean pularFeriados,
        Integer espacamentoMinimoHoras,
        Integer diasParaVencido) {

    public record Etapa(String nome, Integer diasRelativosAoVencimento, UUID modeloId, Boolean ativo) {
    }

    /** The régua proposed, defaults filled in; not yet validated (see {@link ReguaDeCobranca#validada()}). */
    public ReguaDeCobranca regua() {
        ReguaDeCobranca padrao = ReguaDeCobranca.padrao();
        List<EtapaRegua> passos = etapas == null ? padrao.etapas() : etapas.stream().map(ReguaProposta::etapa).toList();
        return new ReguaDeCobranca(passos,
                Objects.requireNonNullElse(janelaInicio, padrao.janelaInicio()),
                Objects.requireNonNullElse(janelaFim, padrao.janelaFim()),
                Objects.requireNonNullElse(somenteDiasUteis, padrao.somenteDiasUteis()),
                Objects.requireNonNullElse(pularFeriados, padrao.pularFeriados()),
                Objects.requireNonNullElse(espacamentoMinimoHoras, padrao.espacamentoMinimoHoras()),
                Objects.requireNonNullElse(diasParaVencido, padrao.diasParaVencido()));
    }

    private static EtapaRegua etapa(Etapa e) {
        if (e == null || e.diasRelativosAoVencimento() == null) {
            throw DomainException.regraViolada("REGUA_INVALIDA",
                    "Régua inválida: cada etapa precisa de diasRelativosAoVencimento");
        }
        return new EtapaRegua(e.nome(), e.diasRelativosAoVencimento(), e.modeloId(), !Boolean.FALSE.equals(e.ativo()));
    }
}
