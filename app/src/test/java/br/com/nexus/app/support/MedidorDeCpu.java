package br.com.nexus.app.support;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * CPU time spent between two points: by this JVM (the application and the benchmark driving it) and
 * by the whole machine, from {@code /proc/stat} (the embedded PostgreSQL is most of the difference).
 * CPU time does not count the time a busy machine makes a process wait, so per unit of work it moves
 * much less between runs than wall time does.
 */
public final class MedidorDeCpu {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** USER_HZ: Linux reports /proc/stat in hundredths of a second on every architecture it runs here. */
    private static final long TICKS_POR_SEGUNDO = 100;

    private final OperatingSystemMXBean sistema =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long jvmInicio;
    private long maquinaInicio;

    public void iniciar() {
        jvmInicio = sistema.getProcessCpuTime();
        maquinaInicio = ticksOcupados();
    }

    /** "N ms per unit (JVM a, rest of the machine b)" since {@link #iniciar()}. */
    public String porUnidade(long unidades) {
        double n = Math.max(1, unidades);
        double jvm = (sistema.getProcessCpuTime() - jvmInicio) / 1e6;
        long maquinaFim = ticksOcupados();
        if (maquinaInicio < 0 || maquinaFim < 0) {
            return String.format(Locale.ROOT, "JVM %.1f ms (machine not readable)", jvm / n);
        }
        double maquina = (maquinaFim - maquinaInicio) * 1000.0 / TICKS_POR_SEGUNDO;
        return String.format(Locale.ROOT, "%.1f ms (JVM %.1f, rest of the machine %.1f; %.0f CPU-s in all)",
                maquina / n, jvm / n, Math.max(0, maquina - jvm) / n, maquina / 1000);
    }

    /** user + nice + system + irq + softirq of every core, in clock ticks; -1 where there is no /proc. */
    private static long ticksOcupados() {
        try {
            String[] campos = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long[] valores = Arrays.stream(campos, 1, campos.length).mapToLong(Long::parseLong).toArray();
            return valores[0] + valores[1] + valores[2] + valores[5] + valores[6];
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
