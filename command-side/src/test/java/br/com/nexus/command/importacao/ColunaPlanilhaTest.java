package br.com.nexus.command.importacao;

import static br.com.nexus.command.importacao.ColunaPlanilha.COTA;
import static br.com.nexus.command.importacao.ColunaPlanilha.CPF;
import static br.com.nexus.command.importacao.ColunaPlanilha.GRUPO;
import static br.com.nexus.command.importacao.ColunaPlanilha.NOME;
import static br.com.nexus.command.importacao.ColunaPlanilha.PONTO_DE_VENDA;
import static br.com.nexus.command.importacao.ColunaPlanilha.WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColunaPlanilhaTest {

    @Test
    void reconheceOsNomesCanonicos() {
        assertThat(reconhecer("CPF", "Nome", "WhatsApp", "Grupo", "Cota", "Ponto de venda")).isEqualTo(Map.of(
                CPF, 0, NOME, 1, WHATSAPP, 2, GRUPO, 3, COTA, 4, PONTO_DE_VENDA, 5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cpf|CPF", " C.P.F. |CPF", "CPF do Consorciado|CPF", "Nº CPF|CPF",
        "NOME|NOME", "Nome do cliente|NOME", "Cliente|NOME", "Nome Completo|NOME",
        "Whats|WHATSAPP", "WHATSAPP|WHATSAPP", "Telefone|WHATSAPP", "Celular|WHATSAPP", "Fone/Whats|WHATSAPP",
        "Telefone (WhatsApp)|WHATSAPP",
        "GRUPO|GRUPO", "Nº do grupo|GRUPO", "cota|COTA", "Cotas|COTA",
        "PONTO DE VENDA|PONTO_DE_VENDA", "ponto_venda|PONTO_DE_VENDA", "Pto. de venda|PONTO_DE_VENDA",
        "PDV|PONTO_DE_VENDA", "Ponto de Venda (PDV)|PONTO_DE_VENDA"})
    void reconheceVariacoesDeCaixaAcentoEspacoESinonimos(String cabecalho, ColunaPlanilha esperada) {
        assertThat(reconhecer(cabecalho)).isEqualTo(Map.of(esperada, 0));
    }

    @Test
    void whatsappExatoVenceTelefoneEmQualquerOrdem() {
        assertThat(reconhecer("Telefone", "CPF", "Nome", "WhatsApp").get(WHATSAPP)).isEqualTo(3);
    }

    @Test
    void cabecalhoExatoVenceOQueSoContemAPalavra() {
        Map<ColunaPlanilha, Integer> colunas = reconhecer("Nome do consultor", "Nome", "CPF");

        assertThat(colunas.get(NOME)).isEqualTo(1);
    }

    @Test
    void cadaColunaEhUsadaUmaVezSo() {
        Map<ColunaPlanilha, Integer> colunas = reconhecer("CPF", "CPF", "Nome");

        assertThat(colunas).isEqualTo(Map.of(CPF, 0, NOME, 2));
    }

    @Test
    void ignoraColunasDesconhecidasEVazias() {
        assertThat(reconhecer("Data de nascimento", null, "", "Observações")).isEmpty();
    }

    private static Map<ColunaPlanilha, Integer> reconhecer(String... cabecalhos) {
        List<String> lista = Arrays.asList(cabecalhos);
        return ColunaPlanilha.reconhecer(lista);
    }
}
