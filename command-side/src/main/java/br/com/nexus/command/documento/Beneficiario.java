package br.com.nexus.command.documento;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Who receives the payment, as printed on the boleto: the tenant's company, set by its ADMIN
 * through {@code PUT /api/integracoes/boleto}.
 */
public record Beneficiario(
        String nome,
        String documento,
        String agenciaCodigo,
        String localPagamento,
        List<String> instrucoes) {

    static final String LOCAL_PAGAMENTO_PADRAO = "Pagável em qualquer banco ou app bancário até o vencimento";

    public Beneficiario {
        nome = nome == null || nome.isBlank() ? "Beneficiário não configurado" : nome.strip();
        localPagamento = localPagamento == null || localPagamento.isBlank() ? LOCAL_PAGAMENTO_PADRAO
                : localPagamento.strip();
        instrucoes = instrucoes == null ? List.of() : List.copyOf(instrucoes);
    }

    /** A hash of everything printed about the beneficiary: equal hashes, equal printout. */
    public String impressaoDigital() {
        String texto = String.join("\u001f", nome, Objects.toString(documento, ""),
                Objects.toString(agenciaCodigo, ""), localPagamento, String.join("\u001e", instrucoes));
        return ArmazemDePdf.sha256(texto.getBytes(StandardCharsets.UTF_8));
    }
}
