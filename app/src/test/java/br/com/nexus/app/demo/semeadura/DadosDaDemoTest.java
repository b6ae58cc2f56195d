package br.com.nexus.app.demo.semeadura;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.demo.semeadura.DadosDaDemo.Pessoa;
import br.com.nexus.kernel.comum.Cpf;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DadosDaDemoTest {

    @Test
    void calculaOsDigitosVerificadoresDoCpfComoAReceitaFederal() {
        int[] cpf = {1, 1, 1, 4, 4, 4, 7, 7, 7, 0, 0};
        cpf[9] = DadosDaDemo.digitoVerificador(cpf, 9);
        cpf[10] = DadosDaDemo.digitoVerificador(cpf, 10);

        assertThat(cpf[9]).isEqualTo(3);
        assertThat(cpf[10]).isEqualTo(5);
    }

    @Test
    void geraPessoasComCpfValidoECelularPaulistanoSemRepetir() {
        DadosDaDemo dados = new DadosDaDemo();
        List<Pessoa> pessoas = IntStream.range(0, 200).mapToObj(i -> dados.pessoa("Maria José da Silva")).toList();

        assertThat(pessoas).allSatisfy(p -> {
            assertThat(Cpf.valido(p.cpf().numero())).isTrue();
            assertThat(p.whatsapp().numero()).matches("55119\\d{8}");
            assertThat(p.email()).isEqualTo("maria.silva@example.com");
        });
        assertThat(pessoas.stream().map(p -> p.cpf().numero()).distinct()).hasSize(200);
        assertThat(pessoas.stream().map(p -> p.whatsapp().numero()).distinct()).hasSize(200);
    }

    @Test
    void mostraAsMesmasPessoasEmTodaDemonstracao() {
        assertThat(new DadosDaDemo().pessoa("Ana")).isEqualTo(new DadosDaDemo().pessoa("Ana"));
    }
}
