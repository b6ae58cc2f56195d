package br.com.nexus.command.portal.navegador;

import java.nio.file.Path;

/** What the portal gave for one cliente. */
public sealed interface Desfecho {

    /** The boleto's PDF, the month the page named and the file name it gets. */
    record Baixado(byte[] pdf, MesReferencia mes, String arquivo, FormaDeEntrega forma) implements Desfecho {

        @Override
        public String toString() {
            return "Baixado[" + arquivo + ", " + pdf.length + " bytes, " + forma + "]";
        }
    }

    /** The portal does not know the CPF. */
    record CpfNaoEncontrado() implements Desfecho {
    }

    /** The cliente is there but has no boleto to emit (for the year asked, when one was). */
    record SemBoleto(String detalhe) implements Desfecho {
    }

    /** Anything else that went wrong for this cliente; {@code captura} is the screenshot, if one was taken. */
    record Falha(String detalhe, Path captura) implements Desfecho {
    }
}
