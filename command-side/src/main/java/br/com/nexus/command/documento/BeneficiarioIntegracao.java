package br.com.nexus.command.documento;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.integracao.TipoIntegracao;
import br.com.nexus.kernel.comum.Cnpj;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The beneficiary printed on the boletos this system generates, set per tenant with
 * {@code PUT /api/integracoes/boleto}: {@code beneficiario} (company name, required),
 * {@code documento} (CNPJ or CPF), {@code agenciaCodigo}, {@code localPagamento} and
 * {@code instrucoes} (one per line, at most {@value #MAXIMO_INSTRUCOES}). No secrets.
 */
@Component
public class BeneficiarioIntegracao implements TipoIntegracao {

    static final String TIPO = "boleto";
    static final int MAXIMO_INSTRUCOES = 5;
    private static final int MAXIMO_TEXTO = 120;
    private static final Set<String> CHAVES = Set.of("beneficiario", "documento", "agenciaCodigo", "localPagamento",
            "instrucoes");

    private final IntegracaoRepository integracoes;

    BeneficiarioIntegracao(IntegracaoRepository integracoes) {
        this.integracoes = integracoes;
    }

    @Override
    public String tipo() {
        return TIPO;
    }

    @Override
    public void validar(Map<String, String> configuracao, Map<String, String> segredos) {
        for (String chave : configuracao.keySet()) {
            if (!CHAVES.contains(chave)) {
                throw DomainException.invalido("CONFIGURACAO_INVALIDA",
                        "Configuração desconhecida para boleto: " + chave
                        + " (use " + String.join(", ", CHAVES.stream().sorted().toList()) + ")");
            }
        }
        if (!segredos.isEmpty()) {
            throw DomainException.invalido("CONFIGURACAO_INVALIDA", "A integração boleto não tem segredos");
        }
        String nome = configuracao.get("beneficiario");
        if (nome == null || nome.isBlank()) {
            throw DomainException.invalido("BENEFICIARIO_OBRIGATORIO", "Informe o nome do beneficiário");
        }
        for (String chave : List.of("beneficiario", "agenciaCodigo", "localPagamento")) {
            String valor = configuracao.get(chave);
            if (valor != null && valor.strip().length() > MAXIMO_TEXTO) {
                throw DomainException.invalido("CONFIGURACAO_INVALIDA",
                        chave + " acima de " + MAXIMO_TEXTO + " caracteres");
            }
        }
        String documento = configuracao.get("documento");
        if (documento != null && !documento.isBlank() && !Cnpj.valido(documento) && !Cpf.valido(documento)) {
            throw DomainException.invalido("DOCUMENTO_INVALIDO",
                    "Documento do beneficiário não é CNPJ nem CPF válido");
        }
        List<String> instrucoes = instrucoes(configuracao.get("instrucoes"));
        if (instrucoes.size() > MAXIMO_INSTRUCOES || instrucoes.stream().anyMatch(l -> l.length() > MAXIMO_TEXTO)) {
            throw DomainException.invalido("CONFIGURACAO_INVALIDA", "Até " + MAXIMO_INSTRUCOES
                    + " linhas de instrução, de até " + MAXIMO_TEXTO + " caracteres cada");
        }
    }

    @Override
    public Set<String> segredosDeWebhook() {
        return Set.of();
    }

    /** The tenant's beneficiary; a placeholder name until its ADMIN sets one. */
    public Beneficiario de(TenantId tenant) {
        Map<String, String> configuracao = integracoes.buscar(tenant, TIPO).map(Integracao::configuracao)
                .orElse(Map.of());
        return new Beneficiario(configuracao.get("beneficiario"), documentoFormatado(configuracao.get("documento")),
                configuracao.get("agenciaCodigo"), configuracao.get("localPagamento"),
                instrucoes(configuracao.get("instrucoes")));
    }

    private static String documentoFormatado(String documento) {
        if (documento == null || documento.isBlank()) {
            return null;
        }
        if (Cnpj.valido(documento)) {
            return "CNPJ " + Cnpj.of(documento).formatado();
        }
        return Cpf.valido(documento) ? "CPF " + Cpf.of(documento).formatado() : documento.strip();
    }

    private static List<String> instrucoes(String texto) {
        if (texto == null || texto.isBlank()) {
            return List.of();
        }
        return Arrays.stream(texto.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
