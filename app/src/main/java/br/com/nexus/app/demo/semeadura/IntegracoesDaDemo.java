package br.com.nexus.app.demo.semeadura;

import br.com.nexus.app.demo.simulador.EnderecoLocal;
import br.com.nexus.app.demo.simulador.Simulado;
import br.com.nexus.command.documento.BeneficiarioIntegracao;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.integracao.TipoIntegracao;
import br.com.nexus.command.pagamento.provedor.asaas.AsaasIntegracao;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.TipoIntegracaoEvolution;
import br.com.nexus.kernel.comum.TenantId;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo tenant's integrations, pointed at the simulators of this very application on every
 * start (the port may change between runs). Secrets are drawn once and then kept. WhatsApp pacing
 * is fast (3–6 s between sends, no pause) and the sending window is the whole day, so the demo
 * works at any hour.
 */
@Component
@Profile("demo")
class IntegracoesDaDemo {

    static final String INSTANCIA = "demo-horizonte";

    private final IntegracaoRepository integracoes;
    private final TipoIntegracaoEvolution evolution;
    private final AsaasIntegracao asaas;
    private final BeneficiarioIntegracao boleto;
    private final EnderecoLocal endereco;

    IntegracoesDaDemo(IntegracaoRepository integracoes, TipoIntegracaoEvolution evolution, AsaasIntegracao asaas,
            BeneficiarioIntegracao boleto, EnderecoLocal endereco) {
        this.integracoes = integracoes;
        this.evolution = evolution;
        this.asaas = asaas;
        this.boleto = boleto;
        this.endereco = endereco;
    }

    void apontarParaSimuladores(TenantId tenant) {
        salvar(tenant, evolution, Map.ofEntries(
                Map.entry(ConfiguracaoEvolution.SERVIDOR_URL, endereco.url(Simulado.RAIZ + "/evolution")),
                Map.entry(ConfiguracaoEvolution.INSTANCIA, INSTANCIA),
                Map.entry(ConfiguracaoEvolution.INTERVALO_MINIMO, "3"),
                Map.entry(ConfiguracaoEvolution.INTERVALO_MAXIMO, "6"),
                Map.entry(ConfiguracaoEvolution.PAUSA_APOS, "0"),
                Map.entry(ConfiguracaoEvolution.JANELA_INICIO, "00:00"),
                Map.entry(ConfiguracaoEvolution.JANELA_FIM, "00:00"),
                Map.entry(ConfiguracaoEvolution.FUSO, "America/Sao_Paulo"),
                Map.entry(ConfiguracaoEvolution.DIGITACAO_MAXIMA, "2"),
                Map.entry(ConfiguracaoEvolution.TENTATIVAS_MAXIMAS, "3"),
                Map.entry(ConfiguracaoEvolution.RETENTATIVA_BASE, "5")),
                Map.of(ConfiguracaoEvolution.API_KEY, "demo-" + UUID.randomUUID(),
                        ConfiguracaoEvolution.WEBHOOK_TOKEN, UUID.randomUUID().toString()));
        salvar(tenant, asaas, Map.of(AsaasIntegracao.BASE_URL, endereco.url(Simulado.RAIZ + "/asaas/v3")),
                Map.of(AsaasIntegracao.API_KEY, "$aact_demo_" + UUID.randomUUID().toString().replace("-", ""),
                        AsaasIntegracao.WEBHOOK_TOKEN, UUID.randomUUID().toString()));
        salvar(tenant, boleto, Map.of(
                "beneficiario", "Consórcios Horizonte Administradora Ltda",
                "documento", "11.222.333/0001-81",
                "agenciaCodigo", "1234-5 / 67890-1",
                "localPagamento", "Pagável em qualquer banco até o vencimento",
                "instrucoes", "Não receber após 30 dias do vencimento\nMulta de 2% após o vencimento"), Map.of());
    }

    /** Secrets already stored are kept: the ones given are used only the first time. */
    private void salvar(TenantId tenant, TipoIntegracao tipo, Map<String, String> configuracao,
            Map<String, String> segredos) {
        boolean existe = integracoes.buscar(tenant, tipo.tipo()).isPresent();
        integracoes.salvar(tenant, tipo, configuracao, existe ? Map.of() : segredos);
    }
}
