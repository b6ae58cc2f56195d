package br.com.nexus.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class CausaDaFalhaTest {

    @Test
    void erroDoBancoGuardaEstadoERestricaoSemALinhaRecusada() {
        SQLException sql = new SQLException("""
                ERROR: duplicate key value violates unique constraint "consulta_cliente_cpf"
                  Detail: Key (cpf)=(52998224725) already exists.""", "23505");
        ThrowableCause causa = CausaDaFalha.de(new DataIntegrityViolationException("PreparedStatementCallback", sql));

        assertThat(causa.type()).isEqualTo(DataIntegrityViolationException.class.getName());
        assertThat(causa.message()).isEqualTo(
                "[23505] ERROR: duplicate key value violates unique constraint \"consulta_cliente_cpf\"");
    }

    @Test
    void outrosErrosMascaramCpfTelefoneEEmail() {
        ThrowableCause causa = CausaDaFalha.de(new IllegalStateException(
                "cliente 529.982.247-25 (+55 11 98765-4321, joana@exemplo.com.br) sem boleto\nlinha 2"));

        assertThat(causa.message()).isEqualTo("cliente *** (+***, ***) sem boleto");
    }

    @Test
    void mensagemLongaETruncada() {
        ThrowableCause causa = CausaDaFalha.de(new IllegalStateException("x".repeat(2000)));

        assertThat(causa.message()).hasSize(CausaDaFalha.TAMANHO_MAXIMO);
    }
}
