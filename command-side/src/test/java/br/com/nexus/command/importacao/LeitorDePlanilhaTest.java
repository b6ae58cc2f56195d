package br.com.nexus.command.importacao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.comum.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LeitorDePlanilhaTest {

    private final LeitorDePlanilha leitor = new LeitorDePlanilha();

    @Test
    void xlsxComNumerosDigitadosComoNumero() throws IOException {
        byte[] xlsx = planilha(new XSSFWorkbook(), aba -> {
            linha(aba, 0, "CPF", "Nome", "Celular", "Grupo", "Cota");
            Row dados = aba.createRow(1);
            dados.createCell(0).setCellValue(1169538452d);
            dados.createCell(1).setCellValue("Ana Lúcia");
            dados.createCell(2).setCellValue(5511987654321d);
            dados.createCell(3).setCellValue(1234d);
            dados.createCell(4).setCellFormula("40+5");
            aba.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Planilha planilha = leitor.ler(xlsx, "clientes.xlsx");

        LinhaPlanilha linha = planilha.linhas().get(0);
        assertThat(linha.numero()).isEqualTo(2);
        assertThat(planilha.valor(linha, ColunaPlanilha.CPF)).isEqualTo("1169538452");
        assertThat(planilha.valor(linha, ColunaPlanilha.WHATSAPP)).isEqualTo("5511987654321");
        assertThat(planilha.valor(linha, ColunaPlanilha.GRUPO)).isEqualTo("1234");
        assertThat(planilha.valor(linha, ColunaPlanilha.COTA)).isEqualTo("45");
        assertThat(ClienteDaPlanilha.de(planilha, linha).cpf().numero()).isEqualTo("01169538452");
    }

    @Test
    void cabecalhoAbaixoDeUmTituloEAbaDeInstrucoesAntes() throws IOException {
        XSSFWorkbook pasta = new XSSFWorkbook();
        linha(pasta.createSheet("Instruções"), 0, "Preencha a aba Clientes");
        byte[] xlsx = planilha(pasta, aba -> {
            linha(aba, 0, "Clientes - março/2026");
            linha(aba, 2, "cpf", "NOME DO CLIENTE", "whats");
            linha(aba, 3, "111.444.777-35", "Beto", "11987654321");
        });

        Planilha planilha = leitor.ler(xlsx, "x.xlsx");

        assertThat(planilha.linhas()).hasSize(1);
        assertThat(planilha.linhas().get(0).numero()).isEqualTo(4);
        assertThat(planilha.valor(planilha.linhas().get(0), ColunaPlanilha.NOME)).isEqualTo("Beto");
    }

    @Test
    void xlsAntigoTambemEhLido() throws IOException {
        byte[] xls = planilha(new HSSFWorkbook(), aba -> {
            linha(aba, 0, "CPF", "Nome");
            linha(aba, 1, "111.444.777-35", "Carla");
        });

        assertThat(leitor.ler(xls, "antigo.xls").linhas()).hasSize(1);
    }

    @Test
    void csvEhReconhecidoPeloConteudoQualquerQueSejaONome() {
        byte[] csv = "CPF;Nome\n111.444.777-35;Ana\n".getBytes(StandardCharsets.UTF_8);

        assertThat(leitor.ler(csv, "clientes.txt").linhas()).hasSize(1);
    }

    @Test
    void recusaXlsxCorrompido() throws IOException {
        byte[] xlsx = planilha(new XSSFWorkbook(), aba -> linha(aba, 0, "CPF", "Nome"));
        byte[] corrompido = Arrays.copyOf(xlsx, xlsx.length / 2);

        assertCodigo(() -> leitor.ler(corrompido, "c.xlsx"), "ARQUIVO_INVALIDO");
    }

    @Test
    void recusaZipQueNaoEhPlanilha() throws IOException {
        byte[] zip = zip("leia-me.txt", "não sou planilha".getBytes(StandardCharsets.UTF_8));

        assertCodigo(() -> leitor.ler(zip, "c.xlsx"), "ARQUIVO_INVALIDO");
    }

    @Test
    void recusaArquivoComNomeDeXlsxQueNaoEhPlanilha() {
        byte[] texto = "CPF;Nome\n111.444.777-35;Ana\n".getBytes(StandardCharsets.UTF_8);

        assertCodigo(() -> leitor.ler(texto, "clientes.xlsx"), "ARQUIVO_INVALIDO");
    }

    @Test
    void recusaPlanilhaSemColunasObrigatorias() {
        byte[] csv = "Nome;Telefone\nAna;11987654321\n".getBytes(StandardCharsets.UTF_8);

        assertCodigo(() -> leitor.ler(csv, "c.csv"), "COLUNAS_OBRIGATORIAS_AUSENTES");
    }

    @Test
    void recusaArquivoVazio() {
        assertCodigo(() -> leitor.ler(new byte[0], "c.csv"), "ARQUIVO_VAZIO");
    }

    @Test
    void recusaMaisLinhasQueOLimite() {
        StringBuilder csv = new StringBuilder("CPF;Nome\n");
        for (int i = 0; i <= LeitorDePlanilha.LIMITE_LINHAS; i++) {
            csv.append("111.444.777-35;Ana\n");
        }

        assertThatThrownBy(() -> leitor.ler(csv.toString().getBytes(StandardCharsets.UTF_8), "c.csv"))
                .isInstanceOf(PlanilhaGrandeDemais.class).hasMessageContaining("20000");
    }

    @Test
    void aceitaExatamenteOLimiteDeLinhas() {
        StringBuilder csv = new StringBuilder("CPF;Nome\n");
        for (int i = 0; i < LeitorDePlanilha.LIMITE_LINHAS; i++) {
            csv.append("111.444.777-35;Ana\n");
        }

        assertThat(leitor.ler(csv.toString().getBytes(StandardCharsets.UTF_8), "c.csv").linhas())
                .hasSize(LeitorDePlanilha.LIMITE_LINHAS);
    }

    @Test
    void recusaArquivoAcimaDoLimiteDeBytes() {
        byte[] grande = new byte[(int) LeitorDePlanilha.LIMITE_BYTES + 1];
        Arrays.fill(grande, (byte) 'a');

        assertThatThrownBy(() -> leitor.ler(grande, "c.csv")).isInstanceOf(PlanilhaGrandeDemais.class);
    }

    @Test
    void recusaXlsxQueDescompactadoPassaDoLimite() {
        byte[] bomba = XlsxCru.abaDe(100);

        assertThat(bomba.length).isLessThan((int) LeitorDePlanilha.LIMITE_BYTES);
        assertThatThrownBy(() -> leitor.ler(bomba, "b.xlsx")).isInstanceOf(PlanilhaGrandeDemais.class)
                .hasMessageContaining("descompactada");
    }

    @Test
    void recusaMilhaoDeTextosCompartilhados() {
        byte[] xlsx = XlsxCru.comTextosCompartilhados(1_000_000);

        assertThat(xlsx.length).isLessThan((int) LeitorDePlanilha.LIMITE_BYTES);
        assertThatThrownBy(() -> leitor.ler(xlsx, "t.xlsx")).isInstanceOf(PlanilhaGrandeDemais.class)
                .hasMessageContaining("textos distintos");
    }

    @Test
    void xlsxComUmaLinhaAlemDoLimiteEhRecusado() {
        assertThatThrownBy(() -> leitor.ler(XlsxCru.comLinhas(LeitorDePlanilha.LIMITE_LINHAS + 1), "l.xlsx"))
                .isInstanceOf(PlanilhaGrandeDemais.class).hasMessageContaining("20000");
    }

    @Test
    void xlsxNoLimiteDeLinhasEhLidoInteiro() {
        Planilha planilha = leitor.ler(XlsxCru.comLinhas(LeitorDePlanilha.LIMITE_LINHAS), "l.xlsx");

        assertThat(planilha.linhas()).hasSize(LeitorDePlanilha.LIMITE_LINHAS);
        LinhaPlanilha ultima = planilha.linhas().get(LeitorDePlanilha.LIMITE_LINHAS - 1);
        assertThat(ultima.numero()).isEqualTo(LeitorDePlanilha.LIMITE_LINHAS + 1);
        assertThat(planilha.valor(ultima, ColunaPlanilha.NOME)).isEqualTo("Cliente 19999");
    }

    @Test
    void xlsxComDataBooleanoECelulaLonga() throws IOException {
        XSSFWorkbook pasta = new XSSFWorkbook();
        CellStyle data = pasta.createCellStyle();
        data.setDataFormat(pasta.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        byte[] xlsx = planilha(pasta, aba -> {
            linha(aba, 0, "CPF", "Nome", "Grupo", "Cota", "Ponto de venda");
            Row dados = aba.createRow(1);
            dados.createCell(0).setCellValue("111.444.777-35");
            dados.createCell(1).setCellValue("N".repeat(5_000));
            Cell grupo = dados.createCell(2);
            grupo.setCellValue(LocalDate.of(2026, 3, 1));
            grupo.setCellStyle(data);
            dados.createCell(3).setCellValue(true);
            dados.createCell(4).setCellValue(0.5);
        });

        Planilha planilha = leitor.ler(xlsx, "x.xlsx");

        LinhaPlanilha linha = planilha.linhas().get(0);
        assertThat(planilha.valor(linha, ColunaPlanilha.NOME)).hasSize(LinhasDaAba.MAXIMO_CELULA);
        assertThat(planilha.valor(linha, ColunaPlanilha.GRUPO)).isEqualTo("2026-03-01");
        assertThat(planilha.valor(linha, ColunaPlanilha.COTA)).isEqualTo("true");
        assertThat(planilha.valor(linha, ColunaPlanilha.PONTO_DE_VENDA)).isEqualTo("0.5");
        assertCodigo(() -> ClienteDaPlanilha.de(planilha, linha), "LINHA_REJEITADA");
    }

    @Test
    void recusaXlsxComEntidadesXmlSemExpandiLas() {
        byte[] xlsx = XlsxCru.pasta(xml -> xml.linha(1, "CPF", "Nome"), xml -> {
            xml.escrever("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">");
            String anterior = "a";
            for (int i = 0; i < 10; i++) {
                String nome = "e" + i;
                xml.escrever("<!ENTITY " + nome + " \"" + ("&" + anterior + ";").repeat(10) + "\">");
                anterior = nome;
            }
            xml.escrever("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&"
                    + anterior + ";</t></si></sst>");
        });

        assertThatThrownBy(() -> leitor.ler(xlsx, "x.xlsx")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("ARQUIVO_INVALIDO"));
    }

    @Test
    void xlsAcimaDoSeuLimiteDeBytesEhRecusado() {
        byte[] xls = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1}, (int) LeitorXls.LIMITE_BYTES + 1);

        assertThatThrownBy(() -> leitor.ler(xls, "grande.xls")).isInstanceOf(PlanilhaGrandeDemais.class);
    }

    private static void assertCodigo(Runnable acao, String codigo) {
        assertThatThrownBy(acao::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(codigo));
    }

    interface Preencher {
        void em(Sheet aba);
    }

    static byte[] planilha(Workbook pasta, Preencher preencher) throws IOException {
        preencher.em(pasta.createSheet("Clientes"));
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        pasta.write(saida);
        pasta.close();
        return saida.toByteArray();
    }

    static void linha(Sheet aba, int indice, String... valores) {
        Row row = aba.createRow(indice);
        for (int i = 0; i < valores.length; i++) {
            row.createCell(i).setCellValue(valores[i]);
        }
    }

    private static byte[] zip(String nome, byte[] conteudo) throws IOException {
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(saida)) {
            zip.putNextEntry(new ZipEntry(nome));
            zip.write(conteudo);
            zip.closeEntry();
        }
        return saida.toByteArray();
    }
}
