package br.com.nexus.app.support;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one final table every benchmark prints, in the same shape, as Markdown the README can quote:
 * what was measured, our figure, the reference it is compared with in the same run, and the ratio.
 * The heading names the run's moment, the machine and its load, since absolute figures move with them.
 */
public final class ResultadoDoBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ResultadoDoBenchmark.class);

    private final String benchmark;
    private final double cargaInicial = cargaDaMaquina();
    private final List<String[]> linhas = new ArrayList<>();

    public ResultadoDoBenchmark(String benchmark) {
        this.benchmark = benchmark;
    }

    /** A figure with nothing to compare it with (wall time, a latency, a count). */
    public ResultadoDoBenchmark medida(String nome, String valor) {
        linhas.add(new String[] {nome, valor, "", ""});
        return this;
    }

    /** Our figure against the reference measured beside it; the ratio is ours over the reference. */
    public ResultadoDoBenchmark comparacao(String nome, double nosso, double referencia, String unidade,
            String qualReferencia) {
        linhas.add(new String[] {nome, numero(nosso) + " " + unidade,
                numero(referencia) + " " + unidade + " (" + qualReferencia + ")",
                referencia == 0 ? "—" : String.format(Locale.ROOT, "%.2f", nosso / referencia)});
        return this;
    }

    /** The heap's peak: sampled in use, and the JVM's own per-pool peaks summed (which overstates). */
    public ResultadoDoBenchmark heap(MedidorDeHeap medidor) {
        return heap("", medidor);
    }

    /** The heap's peak during one phase of a benchmark that measures several ({@code fase}: "during the reads"). */
    public ResultadoDoBenchmark heap(String fase, MedidorDeHeap medidor) {
        return medida("heap peak" + (fase.isEmpty() ? "" : " " + fase) + " (sampled; sum of pool peaks), -Xmx "
                + mb(Runtime.getRuntime().maxMemory()),
                mb(medidor.picoAmostrado()) + "; " + mb(medidor.somaDosPicos()));
    }

    public String tabela() {
        StringBuilder texto = new StringBuilder()
                .append("## ").append(benchmark).append(" · ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" · ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(String.format(Locale.ROOT, "%.1f → %.1f", cargaInicial, cargaDaMaquina())).append('\n')
                .append("| measure | value | reference (same run) | ratio |\n|---|---|---|---|\n");
        linhas.forEach(l -> texto.append("| ").append(String.join(" | ", l)).append(" |\n"));
        return texto.toString();
    }

    public void imprimir() {
        log.warn("\n{}", tabela());
    }

    private static String numero(double valor) {
        return valor >= 100 ? String.format(Locale.ROOT, "%,.0f", valor) : String.format(Locale.ROOT, "%.2f", valor);
    }

    private static String mb(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    private static double cargaDaMaquina() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
