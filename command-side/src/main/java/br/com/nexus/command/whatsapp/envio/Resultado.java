package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.whatsapp.evolution.MensagemEnviada;
import java.time.Instant;

/** How one attempt ended. */
sealed interface Resultado {

    /** The gateway accepted the message. */
    record Enviado(MensagemEnviada mensagem) implements Resultado {
    }

    /** It did not go out; {@code erro} is {@code codigo: detalhe}; {@code retentavel} when another attempt may work. */
    record Falhou(String erro, boolean retentavel) implements Resultado {
    }

    /**
     * Nothing could go out for lack of connection to WhatsApp: the instance reported it is not
     * open ({@code instanciaFechada}), or Evolution answered "Connection Closed", could not be
     * reached, or its circuit is open. {@code erro} is what to record should it count as a failure.
     */
    record SemConexao(String erro, boolean instanciaFechada) implements Resultado {
    }

    /** Nothing was tried: the same attempt is due again at {@code ate}. */
    record Adiado(Instant ate, String motivo) implements Resultado {
    }
}
