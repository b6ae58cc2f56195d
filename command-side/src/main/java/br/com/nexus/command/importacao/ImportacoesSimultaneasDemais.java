package br.com.nexus.command.importacao;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Every import slot of this server is busy: 429 with Retry-After, and nothing read or imported. */
class ImportacoesSimultaneasDemais extends ErrorResponseException {

    static final String CODIGO = "IMPORTACOES_SIMULTANEAS_DEMAIS";

    ImportacoesSimultaneasDemais(Duration tenteEm) {
        super(HttpStatus.TOO_MANY_REQUESTS, corpo(), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, tenteEm.toSeconds())));
    }

    private static ProblemDetail corpo() {
        ProblemDetail corpo = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Outras importações de planilha estão em andamento; tente novamente em instantes");
        corpo.setProperty("code", CODIGO);
        return corpo;
    }
}
