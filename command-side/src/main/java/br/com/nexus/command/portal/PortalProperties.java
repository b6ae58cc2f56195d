package br.com.nexus.command.portal;

import br.com.nexus.command.portal.navegador.ConfiguracaoNavegador;
import br.com.nexus.command.portal.navegador.PerfilPortal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nexus.portal.*}: the browser, the pace of a run and the portal profiles. A tenant's
 * {@code canopus} integration picks its profile ({@code perfil}, default {@code canopus}) and may
 * override the profile's base URL.
 */
@ConfigurationProperties("nexus.portal")
public class PortalProperties {

    public static final String PERFIL_PADRAO = "canopus";

    /** Debian's Chromium; Playwright never downloads a browser here. */
    private String chromium = "/usr/bin/chromium";
    private List<String> argumentos = new ArrayList<>(ConfiguracaoNavegador.ARGUMENTOS_PADRAO);
    /** Browsers working at once in a run (K), all on the consultant's one login. */
    private int paralelismo = 2;
    /** Courtesy pause of each browser between two clientes. */
    private Duration intervalo = Duration.ofSeconds(2);
    /** Budget of one cliente, every page included; past it the cliente is an error. */
    private Duration tempoPorCliente = Duration.ofSeconds(90);
    /** Runs executing at once on this node (each with its own K browsers); more wait their turn. */
    private int execucoesSimultaneas = 2;
    /** How often a node shows it is alive for its runs and looks for runs whose node went silent. */
    private Duration verificacao = Duration.ofSeconds(30);
    /** Silence after which a run's node is taken for dead and another node (or a restart) resumes it. */
    private Duration silencioMaximo = Duration.ofMinutes(2);
    /** Screenshots of errors, one folder per run; they show cliente data, so keep them with the data. */
    private String diretorioCapturas = "./data/portal/capturas";
    private Map<String, PerfilPortal> perfis = new LinkedHashMap<>(Map.of(PERFIL_PADRAO, new PerfilPortal()));

    public ConfiguracaoNavegador navegador() {
        return new ConfiguracaoNavegador(Path.of(chromium), argumentos);
    }

    /** The named profile (the default one when blank); empty when there is no such profile. */
    public java.util.Optional<PerfilPortal> perfil(String nome) {
        String escolhido = nome == null || nome.isBlank() ? PERFIL_PADRAO : nome.strip();
        PerfilPortal perfil = perfis.get(escolhido);
        if (perfil == null && PERFIL_PADRAO.equals(escolhido)) {
            perfil = new PerfilPortal();
        }
        return java.util.Optional.ofNullable(perfil);
    }

    public String getChromium() {
        return chromium;
    }

    public void setChromium(String chromium) {
        this.chromium = chromium;
    }

    public List<String> getArgumentos() {
        return argumentos;
    }

    public void setArgumentos(List<String> argumentos) {
        this.argumentos = argumentos;
    }

    public int getParalelismo() {
        return paralelismo;
    }

    public void setParalelismo(int paralelismo) {
        this.paralelismo = paralelismo;
    }

    public Duration getIntervalo() {
        return intervalo;
    }

    public void setIntervalo(Duration intervalo) {
        this.intervalo = intervalo;
    }

    public Duration getTempoPorCliente() {
        return tempoPorCliente;
    }

    public void setTempoPorCliente(Duration tempoPorCliente) {
        this.tempoPorCliente = tempoPorCliente;
    }

    public int getExecucoesSimultaneas() {
        return execucoesSimultaneas;
    }

    public void setExecucoesSimultaneas(int execucoesSimultaneas) {
        this.execucoesSimultaneas = execucoesSimultaneas;
    }

    public Duration getVerificacao() {
        return verificacao;
    }

    public void setVerificacao(Duration verificacao) {
        this.verificacao = verificacao;
    }

    public Duration getSilencioMaximo() {
        return silencioMaximo;
    }

    public void setSilencioMaximo(Duration silencioMaximo) {
        this.silencioMaximo = silencioMaximo;
    }

    public String getDiretorioCapturas() {
        return diretorioCapturas;
    }

    /** Where this run's screenshots go. */
    public Path capturas(Object execucao) {
        return Path.of(diretorioCapturas).resolve(execucao.toString());
    }

    public void setDiretorioCapturas(String diretorioCapturas) {
        this.diretorioCapturas = diretorioCapturas;
    }

    public Map<String, PerfilPortal> getPerfis() {
        return perfis;
    }

    public void setPerfis(Map<String, PerfilPortal> perfis) {
        this.perfis = perfis;
    }
}
