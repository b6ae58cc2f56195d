package br.com.nexus.command.importacao;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A spreadsheet above the size or row limit: 413, and nothing imported. */
class PlanilhaGrandeDemais extends ErrorResponseException {

    PlanilhaGrandeDemais(String detalhe) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detalhe),
                null);
    }
}
