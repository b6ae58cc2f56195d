package br.com.nexus.kernel.disparo;

import java.util.UUID;

/**
 * The answer to {@link SolicitarDisparoDeBoletoCommand} (a command result, not an event): where
 * the message goes (masked), which template and variant it used, and whether the PDF goes along.
 */
public record ResultadoSolicitacaoDisparo(
        DisparoId disparoId,
        String destinoMascarado,
        UUID modeloId,
        int variante,
        boolean comAnexo) {
}
