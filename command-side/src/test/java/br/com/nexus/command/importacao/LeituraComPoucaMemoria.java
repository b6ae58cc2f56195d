package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Run in a JVM of its own with a small heap by {@link LeituraComPoucaMemoriaTest}: reads each file
 * given after the first argument and appends to that first file one line per file with the outcome,
 * the peak heap and the time; exits 3 on OutOfMemoryError.
 */
public final class LeituraComPoucaMemoria {

    private LeituraComPoucaMemoria() {
    }

    public static void main(String[] argumentos) throws Exception {
        Path resultados = Path.of(argumentos[0]);
        LeitorDePlanilha leitor = new LeitorDePlanilha();
        for (String arquivo : Arrays.copyOfRange(argumentos, 1, argumentos.length)) {
            Path caminho = Path.of(arquivo);
            byte[] conteudo = Files.readAllBytes(caminho);
            System.gc();
            long antes = heapEmUso();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long inicio = System.nanoTime();
            String resultado;
            try {
                resultado = "lida linhas=" + leitor.ler(conteudo, caminho.getFileName().toString()).linhas().size();
            } catch (PlanilhaGrandeDemais e) {
                resultado = "recusada 413 " + e.getBody().getDetail();
            } catch (DomainException e) {
                resultado = "recusada " + e.code();
            } catch (OutOfMemoryError e) {
                anotar(resultados, "RESULTADO " + caminho.getFileName() + " OutOfMemoryError");
                System.exit(3);
                return;
            }
            long ms = (System.nanoTime() - inicio) / 1_000_000;
            long pico = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            anotar(resultados, String.format("RESULTADO %s %d KB -> %s | heap: %d MB antes, pico %d MB, em %d ms",
                    caminho.getFileName(), conteudo.length / 1024, resultado, antes >> 20, pico >> 20, ms));
        }
    }

    private static void anotar(Path resultados, String linha) throws IOException {
        Files.writeString(resultados, linha + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static long heapEmUso() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
