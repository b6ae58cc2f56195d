package br.com.nexus.command.disparo;

import br.com.nexus.command.boleto.BoletoDisparoPolicy;
import br.com.nexus.command.comum.Validacoes;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.disparo.SolicitarDisparoCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates a Disparo only while its boleto may still be sent (see {@link BoletoDisparoPolicy}).
 * When the command names no cliente, the boleto's is used; another cliente is refused.
 */
@Component
class DisparoCommandHandler {

    private final Repository<Disparo> disparos;
    private final BoletoDisparoPolicy boletos;

    DisparoCommandHandler(Repository<Disparo> disparos, BoletoDisparoPolicy boletos) {
        this.disparos = disparos;
        this.boletos = boletos;
    }

    @CommandHandler
    void handle(SolicitarDisparoCommand comando) throws Exception {
        Validacoes.obrigatorio(comando.boletoId(), "BOLETO_OBRIGATORIO", "Boleto do disparo é obrigatório");
        Aggregate<Disparo> disparo = disparos.loadOrCreate(comando.disparoId().toString(), Disparo::new);
        ClienteId clienteDoBoleto = boletos.exigirDisparavel(comando.boletoId(), comando.tenantId());
        disparo.execute(d -> d.solicitar(comando, clienteDoBoleto));
    }
}
