package br.com.nexus.query.comum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.consulta.Ordenacao;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaginacaoTest {

    private static final Set<String> CAMPOS = Set.of("nome", "vencimento");

    @Test
    void aceitaCampoComOuSemDirecao() {
        assertThat(Paginacao.ordenacao("nome", CAMPOS)).isEqualTo(new Ordenacao("nome", false));
        assertThat(Paginacao.ordenacao("vencimento,desc", CAMPOS)).isEqualTo(new Ordenacao("vencimento", true));
        assertThat(Paginacao.ordenacao("vencimento,ASC", CAMPOS)).isEqualTo(new Ordenacao("vencimento", false));
        assertThat(Paginacao.ordenacao(" ", CAMPOS)).isNull();
    }

    @Test
    void rejeitaCampoOuDirecaoDesconhecidos() {
        assertThatThrownBy(() -> Paginacao.ordenacao("cpf", CAMPOS))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALIDO);
                    assertThat(e.code()).isEqualTo("ORDENACAO_INVALIDA");
                });
        assertThatThrownBy(() -> Paginacao.ordenacao("nome,para-cima", CAMPOS)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Paginacao.ordenacao("nome; DROP TABLE x", CAMPOS)).isInstanceOf(DomainException.class);
    }

    @Test
    void limitaOTamanhoDaPaginaA200() {
        Paginacao.validar(0, 200);
        assertThatThrownBy(() -> Paginacao.validar(0, 201)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Paginacao.validar(0, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Paginacao.validar(-1, 20)).isInstanceOf(DomainException.class);
    }
}
