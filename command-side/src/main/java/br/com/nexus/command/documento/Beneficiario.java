package br.com.nexus.command.documento;

import java.util.List;

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
}
