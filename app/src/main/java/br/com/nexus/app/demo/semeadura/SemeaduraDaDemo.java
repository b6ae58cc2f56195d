package br.com.nexus.app.demo.semeadura;

import br.com.nexus.app.demo.semeadura.CarteiraDaDemo.Carteira;
import br.com.nexus.app.seguranca.UsuariosDeDemonstracao;
import br.com.nexus.app.seguranca.UsuariosDeDemonstracao.EmpresaDeDemonstracao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills a new demo database, once: the demo tenant and its users, then clientes, boletos and leads,
 * all through the real commands so that every read model and the audit trail are real. On every
 * start the tenant's integrations are pointed at the simulators again. Runs when the application is
 * ready (after the first administrator exists and the web server answers, which the simulators need).
 */
@Component
@Profile("demo")
public class SemeaduraDaDemo {

    private static final Logger log = LoggerFactory.getLogger(SemeaduraDaDemo.class);

    private final UsuariosDeDemonstracao usuarios;
    private final IntegracoesDaDemo integracoes;
    private final CarteiraDaDemo carteira;
    private final FunilDaDemo funil;
    private final CobrancaAsaasDaDemo cobranca;
    private final ReguaDaDemo regua;
    private final String senha;
    private final String diretorio;

    SemeaduraDaDemo(UsuariosDeDemonstracao usuarios, IntegracoesDaDemo integracoes, CarteiraDaDemo carteira,
            FunilDaDemo funil, CobrancaAsaasDaDemo cobranca, ReguaDaDemo regua,
            @Value("${nexus.demo.senha:}") String senha,
            @Value("${nexus.embedded-postgres.data-dir:}") String diretorio) {
        this.usuarios = usuarios;
        this.integracoes = integracoes;
        this.carteira = carteira;
        this.funil = funil;
        this.cobranca = cobranca;
        this.regua = regua;
        this.senha = senha;
        this.diretorio = diretorio;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void semear() {
        EmpresaDeDemonstracao empresa = usuarios.garantir(senha);
        integracoes.apontarParaSimuladores(empresa.tenantId());
        if (!empresa.criadaAgora()) {
            log.info("Demo data already seeded in {}; simulators re-attached, nothing added", diretorio);
            return;
        }
        try {
            DadosDaDemo dados = new DadosDaDemo();
            regua.definir(empresa);
            Carteira semeada = carteira.semear(empresa, dados);
            funil.semear(empresa, dados);
            cobranca.abrir(empresa, semeada);
            log.info("Demo data seeded in {}: clientes, boletos due around today and a sales funnel; the régua's "
                    + "WhatsApp messages and an Asaas payment follow within a minute (SIMULADO)", diretorio);
        } catch (RuntimeException e) {
            log.error("Demo data left incomplete; stop the application, delete {} and start again", diretorio, e);
        }
    }
}
