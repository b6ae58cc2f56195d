package br.com.nexus.command.portal.navegador;

import br.com.nexus.kernel.download.MotivoInterrupcao;
import java.nio.file.Path;

/**
 * The portal is refusing us as a whole (CAPTCHA, blocked page, wrong password): the run must stop
 * rather than try the next cliente.
 */
public class ParadaNoPortal extends RuntimeException {

    private final MotivoInterrupcao motivo;
    private final transient Path captura;

    public ParadaNoPortal(MotivoInterrupcao motivo, String detalhe, Path captura) {
        super(detalhe);
        this.motivo = motivo;
        this.captura = captura;
    }

    public MotivoInterrupcao motivo() {
        return motivo;
    }

    public String detalhe() {
        return getMessage();
    }

    public Path captura() {
        return captura;
    }
}
