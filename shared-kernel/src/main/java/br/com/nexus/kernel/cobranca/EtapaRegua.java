package br.com.nexus.kernel.cobranca;

import java.util.UUID;

/**
 * One step of a régua de cobrança: a WhatsApp message {@code diasRelativosAoVencimento} days from
 * the boleto's vencimento (negative before it, 0 on the day), with the tenant's template
 * {@code modeloId} (the tenant's default template when null). An inactive step is kept but never sent.
 */
public record EtapaRegua(
        String nome,
        int diasRelativosAoVencimento,
        UUID modeloId,
        boolean ativo) {

    /** The label users read for the step's day: D-3, D0, D+7. */
    public String rotulo() {
        return diasRelativosAoVencimento == 0 ? "D0"
                : diasRelativosAoVencimento > 0 ? "D+" + diasRelativosAoVencimento : "D" + diasRelativosAoVencimento;
    }
}
