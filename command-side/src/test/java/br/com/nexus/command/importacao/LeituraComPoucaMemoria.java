package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a JVM of its own with a small heap by {@link LeituraComPoucaMemoriaTest}: reads each file
 * given and prints one line per file with the outcome, the peak heap and the time; exits 3 on
 * OutOfMemoryError.
 */
public final class LeituraComPoucaMemoria {

    private LeituraComPoucaMemoria() {
    }

    public static void main(String[] arquivos) throws Exception {
        LeitorDePlanilha leitor = new LeitorDePlanilha();
        for (String arquivo : arquivos) {
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
                System.out.println("RESULTADO " + caminho.getFileName() + " OutOfMemoryError");
                System.exit(3);
                return;
            }
            long ms = (System.nanoTime() - inicio) / 1_000_000;
            long pico = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("RESULTADO %s %d KB -> %s | heap: %d MB antes, pico %d MB, em %d ms%n",
                    caminho.getFileName(), conteudo.length / 1024, resultado, antes >> 20, pico >> 20, ms);
        }
    }

    private static long heapEmUso() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
