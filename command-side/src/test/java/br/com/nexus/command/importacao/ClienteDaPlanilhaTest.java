package br.com.nexus.command.importacao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.comum.DomainException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClienteDaPlanilhaTest {

    private static final List<String> CABECALHO = List.of("CPF", "Nome", "WhatsApp", "Grupo", "Cota", "Ponto de venda");

    @Test
    void normalizaCpfTelefoneETextos() {
        ClienteDaPlanilha cliente = ler("111.444.777-35", "  Maria   da\u00a0Silva ", "(11) 98765-4321", " 0123 ", "45",
                "Centro ");

        assertThat(cliente.linha()).isEqualTo(2);
        assertThat(cliente.cpf().numero()).isEqualTo("11144477735");
        assertThat(cliente.nome()).isEqualTo("Maria da Silva");
        assertThat(cliente.whatsapp().numero()).isEqualTo("5511987654321");
        assertThat(cliente.grupo()).isEqualTo("0123");
        assertThat(cliente.cota()).isEqualTo("45");
        assertThat(cliente.pontoDeVenda()).isEqualTo("Centro");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1169538452", "01169538452", "011.695.384-52", "011 695 384 52", "011695384/52"})
    void aceitaCpfSemOsZerosQueAPlanilhaTirouEComPontuacaoVariada(String cpf) {
        assertThat(ler(cpf, "Ana", null, null, null, null).cpf().numero()).isEqualTo("01169538452");
    }

    @Test
    void celularAntigoSemNonoDigitoGanhaO9() {
        assertThat(ler("111.444.777-35", "Ana", "11 8765-4321", null, null, null).whatsapp().numero())
                .isEqualTo("5511987654321");
    }

    @Test
    void whatsappEmBrancoNaoRejeitaALinha() {
        assertThat(ler("111.444.777-35", "Ana", "", null, null, null).whatsapp()).isNull();
    }

    @Test
    void rejeitaCpfComDigitoErrado() {
        assertRejeitada(() -> ler("123.456.789-00", "Ana", null, null, null, null), "CPF inválido");
    }

    @Test
    void rejeitaCpfEmBranco() {
        assertRejeitada(() -> ler(null, "Ana", null, null, null, null), "CPF em branco");
    }

    @Test
    void rejeitaNomeEmBranco() {
        assertRejeitada(() -> ler("111.444.777-35", "   ", null, null, null, null), "Nome em branco");
    }

    @Test
    void rejeitaTelefoneFixo() {
        assertRejeitada(() -> ler("111.444.777-35", "Ana", "(11) 3333-4444", null, null, null), "WhatsApp inválido");
    }

    @Test
    void rejeitaGrupoLongoDemais() {
        assertRejeitada(() -> ler("111.444.777-35", "Ana", null, "9".repeat(61), null, null), "Grupo");
    }

    private static void assertRejeitada(Runnable acao, String motivo) {
        assertThatThrownBy(acao::run).isInstanceOf(DomainException.class).hasMessageContaining(motivo);
    }

    private static ClienteDaPlanilha ler(String... celulas) {
        Planilha planilha = new Planilha(ColunaPlanilha.reconhecer(CABECALHO), List.of());
        return ClienteDaPlanilha.de(planilha, new LinhaPlanilha(2, Arrays.asList(celulas)));
    }
}
