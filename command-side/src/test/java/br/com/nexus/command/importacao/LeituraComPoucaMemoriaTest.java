package br.com.nexus.command.importacao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hostile spreadsheets, each read in a JVM of its own limited to {@value #HEAP}: a sheet that
 * unpacks to a hundred megabytes, a million shared strings, one row past the limit, a CSV of one
 * 5 MB field or of millions of separators; and files at
 * the limits, which must still be read. None may end in OutOfMemoryError. The figures each one
 * reported (peak heap, time) are logged in the test output.
 */
class LeituraComPoucaMemoriaTest {

    private static final String HEAP = "128m";
    private static final Logger log = LoggerFactory.getLogger(LeituraComPoucaMemoriaTest.class);

    @TempDir
    Path pasta;

    @Test
    void planilhasHostisSaoRecusadasEAsNoLimiteLidasComHeapPequeno() throws Exception {
        Path bomba = salvar("bomba-100mb.xlsx", XlsxCru.abaDe(100));
        Path compartilhados = salvar("milhao-de-textos.xlsx", XlsxCru.comTextosCompartilhados(1_000_000));
        Path linhaDemais = salvar("20001-linhas.xlsx", XlsxCru.comLinhas(LeitorDePlanilha.LIMITE_LINHAS + 1));
        Path noLimite = salvar("20000-linhas.xlsx", XlsxCru.comLinhas(LeitorDePlanilha.LIMITE_LINHAS));
        Path xlsNoLimite = salvar("20000-linhas.xls", xls(LeitorDePlanilha.LIMITE_LINHAS));
        Path csvCampoGigante = salvar("campo-gigante.csv", ("CPF;Nome;Obs\n111.444.777-35;Ana;\""
                + "x".repeat((int) LeitorDePlanilha.LIMITE_BYTES - 100) + "\"\n").getBytes(StandardCharsets.UTF_8));
        Path csvSeparadores = salvar("separadores.csv", ("CPF;Nome\n111.444.777-35;Ana"
                + ";".repeat((int) LeitorDePlanilha.LIMITE_BYTES - 100) + "\n").getBytes(StandardCharsets.UTF_8));
        Path csvLinhaDemais = salvar("20001-linhas.csv", csv(LeitorDePlanilha.LIMITE_LINHAS + 1));
        assertThat(Files.size(bomba)).isLessThan(LeitorDePlanilha.LIMITE_BYTES);
        assertThat(Files.size(xlsNoLimite)).isLessThan(LeitorXls.LIMITE_BYTES);

        List<String> saida = emJvmPropria(bomba, compartilhados, linhaDemais, noLimite, xlsNoLimite,
                csvCampoGigante, csvSeparadores, csvLinhaDemais);

        saida.forEach(log::info);
        assertThat(saida).noneMatch(l -> l.contains("OutOfMemoryError"));
        assertThat(resultado(saida, bomba)).contains("recusada 413", "descompactada");
        assertThat(resultado(saida, compartilhados)).contains("recusada 413", "textos distintos");
        assertThat(resultado(saida, linhaDemais)).contains("recusada 413", "20000");
        assertThat(resultado(saida, noLimite)).contains("lida linhas=20000");
        assertThat(resultado(saida, xlsNoLimite)).contains("lida linhas=20000");
        assertThat(resultado(saida, csvCampoGigante)).contains("lida linhas=1");
        assertThat(resultado(saida, csvSeparadores)).contains("lida linhas=1");
        assertThat(resultado(saida, csvLinhaDemais)).contains("recusada 413", "20000");
    }

    private List<String> emJvmPropria(Path... arquivos) throws IOException, InterruptedException {
        List<String> comando = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                LeituraComPoucaMemoria.class.getName()));
        Path resultados = pasta.resolve("resultados.txt");
        comando.add(resultados.toString());
        for (Path arquivo : arquivos) {
            comando.add(arquivo.toString());
        }
        Process processo = new ProcessBuilder(comando).redirectErrorStream(true).start();
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        Thread leitura = new Thread(() -> {
            try {
                processo.getInputStream().transferTo(saida);
            } catch (IOException e) {
                // the process ended; what was read is what there is
            }
        });
        leitura.start();
        boolean terminou = processo.waitFor(5, TimeUnit.MINUTES);
        if (!terminou) {
            processo.destroyForcibly();
        }
        leitura.join(10_000);
        String texto = saida.toString(StandardCharsets.UTF_8);
        assertThat(terminou).as(texto).isTrue();
        assertThat(processo.exitValue()).as(texto).isZero();
        return Files.readAllLines(resultados, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("RESULTADO")).toList();
    }

    private static String resultado(List<String> saida, Path arquivo) {
        return saida.stream().filter(l -> l.startsWith("RESULTADO " + arquivo.getFileName() + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("sem resultado para " + arquivo.getFileName() + ": " + saida));
    }

    private Path salvar(String nome, byte[] conteudo) throws IOException {
        return Files.write(pasta.resolve(nome), conteudo);
    }

    private static byte[] csv(int linhas) {
        StringBuilder csv = new StringBuilder("CPF;Nome;WhatsApp\n");
        for (int i = 0; i < linhas; i++) {
            csv.append("111.444.777-35;Cliente ").append(i).append(";11987654321\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xls(int linhas) throws IOException {
        try (HSSFWorkbook pasta = new HSSFWorkbook()) {
            Sheet aba = pasta.createSheet("Clientes");
            LeitorDePlanilhaTest.linha(aba, 0, "CPF", "Nome", "WhatsApp", "Grupo", "Cota", "Ponto de venda");
            for (int i = 1; i <= linhas; i++) {
                Row row = aba.createRow(i);
                row.createCell(0).setCellValue("111.444.777-35");
                row.createCell(1).setCellValue("Cliente número " + i);
                row.createCell(2).setCellValue(11987654321d);
                row.createCell(3).setCellValue(1000d + i % 50);
                row.createCell(4).setCellValue(i);
                row.createCell(5).setCellValue("Loja " + i % 30);
            }
            ByteArrayOutputStream saida = new ByteArrayOutputStream();
            pasta.write(saida);
            return saida.toByteArray();
        }
    }
}
