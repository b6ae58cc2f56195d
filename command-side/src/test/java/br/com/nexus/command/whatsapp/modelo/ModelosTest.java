package br.com.nexus.command.whatsapp.modelo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErrorKind;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ModelosTest {

    @Test
    void substituiTodasAsVariaveis() {
        String texto = Modelos.renderizar(
                "Olá {nome}, boleto de {valor} vence em {vencimento}. Linha: {linha_digitavel}. {descricao} ({data_atual})",
                Map.of("nome", "Maria", "valor", "R$ 150,50", "vencimento", "10/03/2026",
                        "linha_digitavel", "23790.00000 00000.000000 00000.000000 1 00000000015050",
                        "descricao", "Parcela 3", "data_atual", "01/03/2026"));

        assertThat(texto).isEqualTo("Olá Maria, boleto de R$ 150,50 vence em 10/03/2026. "
                + "Linha: 23790.00000 00000.000000 00000.000000 1 00000000015050. Parcela 3 (01/03/2026)");
    }

    @Test
    void valorComCifraoOuBarraNaoQuebraASubstituicao() {
        assertThat(Modelos.renderizar("{nome}", Map.of("nome", "Jo$1 \\ Silva"))).isEqualTo("Jo$1 \\ Silva");
    }

    @Test
    void variavelSemValorFicaVazia() {
        assertThat(Modelos.renderizar("Boleto {descricao}", Map.of())).isEqualTo("Boleto");
    }

    @Test
    void recusaVariavelDesconhecidaNomeandoA() {
        assertThatThrownBy(() -> Modelos.validar(List.of("Olá {nome}", "Oi {cpf}, valor {valor}")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.REGRA_VIOLADA);
                    assertThat(e.code()).isEqualTo("VARIAVEL_DESCONHECIDA");
                    assertThat(e.getMessage()).contains("{cpf}").contains("{linha_digitavel}");
                });
    }

    @Test
    void aceitaVariaveisConhecidasComEspacosEMaiusculas() {
        assertThat(Modelos.validar(List.of("  Olá { Nome }, {VALOR}  "))).containsExactly("Olá { Nome }, {VALOR}");
        assertThat(Modelos.renderizar("Olá { Nome }", Map.of("nome", "Ana"))).isEqualTo("Olá Ana");
    }

    @Test
    void chavesSoltasNaoSaoVariaveis() {
        assertThat(Modelos.validar(List.of("Use o código } ou { para nada"))).hasSize(1);
    }

    @Test
    void recusaVariantesRepetidasVaziasOuDemais() {
        assertThatThrownBy(() -> Modelos.validar(List.of("Olá {nome}", " Olá {nome} ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VARIANTE_REPETIDA"));
        assertThatThrownBy(() -> Modelos.validar(List.of("  ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VARIANTE_VAZIA"));
        assertThatThrownBy(() -> Modelos.validar(List.of()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("VARIANTES_OBRIGATORIAS"));
        assertThatThrownBy(() -> Modelos.validar(IntStream.range(0, 11).mapToObj(i -> "texto " + i).toList()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VARIANTES_DEMAIS"));
    }

    @Test
    void modeloPadraoDoSistemaEhValidoETemVariantesDiferentes() {
        assertThat(Modelos.validar(Modelos.PADRAO)).hasSize(3).doesNotHaveDuplicates();
    }
}
