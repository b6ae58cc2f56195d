package br.com.nexus.app.demo.semeadura;

import br.com.nexus.app.seguranca.UsuariosDeDemonstracao.EmpresaDeDemonstracao;
import br.com.nexus.kernel.cobranca.DefinirReguaDeCobrancaCommand;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaId;
import java.time.LocalTime;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo tenant's régua: the default steps (D-3, D0, D+1, D+7), but at any hour of any day and with
 * no spacing between messages, so the demo moves whenever someone runs it.
 */
@Component
@Profile("demo")
class ReguaDaDemo {

    private final ComandosDaDemo comandos;

    ReguaDaDemo(ComandosDaDemo comandos) {
        this.comandos = comandos;
    }

    void definir(EmpresaDeDemonstracao empresa) {
        ReguaDeCobranca padrao = ReguaDeCobranca.padrao();
        comandos.enviar(empresa, new DefinirReguaDeCobrancaCommand(ReguaId.doTenant(empresa.tenantId()),
                empresa.tenantId(), new ReguaDeCobranca(padrao.etapas(), LocalTime.MIDNIGHT, LocalTime.MAX, false,
                        false, 0, padrao.diasParaVencido())));
    }
}
