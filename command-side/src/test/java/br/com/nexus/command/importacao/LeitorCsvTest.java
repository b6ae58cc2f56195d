package br.com.nexus.command.importacao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.comum.DomainException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeitorCsvTest {

    @Test
    void separadoPorPontoEVirgulaComoOExcelBrasileiro() {
        List<LinhaPlanilha> linhas = ler("CPF;Nome;WhatsApp\n111.444.777-35;João;(11) 98765-4321\n");

        assertThat(linhas).containsExactly(
                new LinhaPlanilha(1, List.of("CPF", "Nome", "WhatsApp")),
                new LinhaPlanilha(2, List.of("111.444.777-35", "João", "(11) 98765-4321")));
    }

    @Test
    void separadoPorVirgulaComCamposEntreAspas() {
        List<LinhaPlanilha> linhas = ler("CPF,Nome,Grupo\r\n\"111.444.777-35\",\"Silva, João \"\"Jota\"\"\",0123\r\n");

        assertThat(linhas.get(1).celulas()).containsExactly("111.444.777-35", "Silva, João \"Jota\"", "0123");
    }

    @Test
    void separadorDetectadoMesmoComTituloAcimaDoCabecalho() {
        List<LinhaPlanilha> linhas = ler("Clientes março\nCPF;Nome\n111.444.777-35;Ana, a filha\n");

        assertThat(linhas.get(2).celulas()).containsExactly("111.444.777-35", "Ana, a filha");
    }

    @Test
    void quebraDeLinhaDentroDeAspasFicaNoCampoENumeracaoSegueOArquivo() {
        List<LinhaPlanilha> linhas = ler("CPF;Nome\n111.444.777-35;\"Ana\nMaria\"\n529.982.247-25;Beto\n");

        assertThat(linhas.get(1)).isEqualTo(new LinhaPlanilha(2, List.of("111.444.777-35", "Ana\nMaria")));
        assertThat(linhas.get(2).numero()).isEqualTo(4);
    }

    @Test
    void linhasEmBrancoSaoIgnoradasSemPerderANumeracao() {
        List<LinhaPlanilha> linhas = ler("CPF;Nome\n;\n\n111.444.777-35;Ana");

        assertThat(linhas).hasSize(2);
        assertThat(linhas.get(1).numero()).isEqualTo(4);
    }

    @Test
    void utf8ComBomEAcentos() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] conteudo = concatenar(bom, "CPF;Nome\n111.444.777-35;Conceição Araújo\n".getBytes(StandardCharsets.UTF_8));

        List<LinhaPlanilha> linhas = ler(conteudo, 100);

        assertThat(linhas.get(0).celulas().get(0)).isEqualTo("CPF");
        assertThat(linhas.get(1).celulas().get(1)).isEqualTo("Conceição Araújo");
    }

    @Test
    void windows1252DoExcelNoWindows() {
        byte[] conteudo = "CPF;Nome;Ponto de venda\n111.444.777-35;Conceição Araújo;São José\n"
                .getBytes(LeitorCsv.WINDOWS_1252);

        List<LinhaPlanilha> linhas = ler(conteudo, 100);

        assertThat(linhas.get(1).celulas()).containsExactly("111.444.777-35", "Conceição Araújo", "São José");
    }

    @Test
    void utf16ComBom() {
        byte[] conteudo = "CPF\tNome\n111.444.777-35\tJoão\n".getBytes(StandardCharsets.UTF_16);

        assertThat(ler(conteudo, 100).get(1).celulas()).containsExactly("111.444.777-35", "João");
    }

    @Test
    void recusaAspasQueNaoFecham() {
        assertThatThrownBy(() -> ler("CPF;Nome\n111.444.777-35;\"Ana\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ARQUIVO_INVALIDO"))
                .hasMessageContaining("linha 2");
    }

    @Test
    void recusaArquivoBinario() {
        byte[] binario = {'C', 'P', 'F', 0, 1, 2, 3, ';', 'N'};

        assertThatThrownBy(() -> ler(binario, 100))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ARQUIVO_INVALIDO"));
    }

    @Test
    void paraDeLerLogoDepoisDoLimite() {
        StringBuilder csv = new StringBuilder("CPF;Nome\n");
        for (int i = 0; i < 50; i++) {
            csv.append("111.444.777-35;Ana\n");
        }

        assertThat(ler(csv.toString(), 10)).hasSize(11);
    }

    private static List<LinhaPlanilha> ler(String texto) {
        return ler(texto, 100);
    }

    private static List<LinhaPlanilha> ler(String texto, int limite) {
        return ler(texto.getBytes(StandardCharsets.UTF_8), limite);
    }

    private static byte[] concatenar(byte[] a, byte[] b) {
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        saida.writeBytes(a);
        saida.writeBytes(b);
        return saida.toByteArray();
    }

    /** Non-blank rows, stopping once there are more than {@code limite}, as the import does. */
    private static List<LinhaPlanilha> ler(byte[] conteudo, int limite) {
        List<LinhaPlanilha> linhas = new ArrayList<>();
        LeitorCsv.ler(conteudo, linha -> {
            if (!linha.vazia()) {
                linhas.add(linha);
            }
            return linhas.size() <= limite;
        });
        return linhas;
    }
}
