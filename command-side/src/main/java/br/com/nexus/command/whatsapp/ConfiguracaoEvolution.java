package br.com.nexus.command.whatsapp;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.whatsapp.evolution.ConexaoEvolution;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A tenant's {@code evolution} integration read into types: where the instance is, its secrets,
 * and the pacing and retry rules (each setting optional, with the defaults of
 * {@link RegrasDeRitmo#PADRAO} and {@link RegrasDeRetentativa#PADRAO}).
 */
public record ConfiguracaoEvolution(
        TenantId tenantId,
        URI servidorUrl,
        String instancia,
        String webhookUrl,
        String apiKey,
        String webhookToken,
        String jwtKey,
        String chaveGlobal,
        RegrasDeRitmo ritmo,
        RegrasDeRetentativa retentativa) {

    public static final String TIPO = "evolution";

    public static final String SERVIDOR_URL = "servidorUrl";
    public static final String INSTANCIA = "instancia";
    public static final String WEBHOOK_URL = "webhookUrl";
    public static final String INTERVALO_MINIMO = "intervaloMinimoSegundos";
    public static final String INTERVALO_MAXIMO = "intervaloMaximoSegundos";
    public static final String PAUSA_APOS = "pausaAposEnvios";
    public static final String PAUSA = "pausaSegundos";
    public static final String JANELA_INICIO = "janelaInicio";
    public static final String JANELA_FIM = "janelaFim";
    public static final String FUSO = "fusoHorario";
    public static final String DIGITACAO_MAXIMA = "digitacaoMaximaSegundos";
    public static final String TENTATIVAS_MAXIMAS = "tentativasMaximas";
    public static final String RETENTATIVA_BASE = "retentativaSegundos";

    /** The instance token: authorizes our calls and, when Evolution exposes it, identifies its webhooks. */
    public static final String API_KEY = "apiKey";
    /** Sent by Evolution as header {@code x-webhook-token} when configured on the webhook. */
    public static final String WEBHOOK_TOKEN = "webhookToken";
    /** Signs the HS256 JWT Evolution sends as {@code Authorization: Bearer} when configured with {@code jwt_key}. */
    public static final String JWT_KEY = "jwtKey";
    /** The server's global key: only needed to create the instance. */
    public static final String CHAVE_GLOBAL = "chaveGlobal";

    static final Set<String> CONFIGURACOES = Set.of(SERVIDOR_URL, INSTANCIA, WEBHOOK_URL, INTERVALO_MINIMO,
            INTERVALO_MAXIMO, PAUSA_APOS, PAUSA, JANELA_INICIO, JANELA_FIM, FUSO, DIGITACAO_MAXIMA, TENTATIVAS_MAXIMAS,
            RETENTATIVA_BASE);
    static final Set<String> SEGREDOS = Set.of(API_KEY, WEBHOOK_TOKEN, JWT_KEY, CHAVE_GLOBAL);

    private static final Pattern NOME_INSTANCIA = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final long UM_DIA = Duration.ofDays(1).toSeconds();
    static final Duration INTERVALO_MINIMO_POSITIVO = Duration.ofMillis(20);

    /** Reads and checks a stored integration; a setting that cannot work is a 400 {@code CONFIGURACAO_INVALIDA}. */
    public static ConfiguracaoEvolution de(Integracao integracao) {
        Map<String, String> c = integracao.configuracao();
        Map<String, String> s = integracao.segredos();
        validar(c, s);
        RegrasDeRitmo padrao = RegrasDeRitmo.PADRAO;
        RegrasDeRitmo ritmo = new RegrasDeRitmo(
                intervalo(c, INTERVALO_MINIMO, padrao.intervaloMinimo()),
                intervalo(c, INTERVALO_MAXIMO, padrao.intervaloMaximo()),
                inteiro(c, PAUSA_APOS, padrao.pausaAposEnvios()),
                segundos(c, PAUSA, padrao.pausa()),
                hora(c, JANELA_INICIO, padrao.janelaInicio()),
                hora(c, JANELA_FIM, padrao.janelaFim()),
                fuso(c, padrao.fuso()),
                segundos(c, DIGITACAO_MAXIMA, padrao.digitacaoMaxima()));
        RegrasDeRetentativa retentativa = new RegrasDeRetentativa(
                inteiro(c, TENTATIVAS_MAXIMAS, RegrasDeRetentativa.PADRAO.tentativasMaximas()),
                segundos(c, RETENTATIVA_BASE, RegrasDeRetentativa.PADRAO.base()));
        return new ConfiguracaoEvolution(integracao.tenantId(), URI.create(c.get(SERVIDOR_URL).strip()),
                c.get(INSTANCIA).strip(), vazioComoNulo(c.get(WEBHOOK_URL)), vazioComoNulo(s.get(API_KEY)),
                vazioComoNulo(s.get(WEBHOOK_TOKEN)), vazioComoNulo(s.get(JWT_KEY)), vazioComoNulo(s.get(CHAVE_GLOBAL)),
                ritmo, retentativa);
    }

    /** How to call the instance; empty until the instance token is known. */
    public Optional<ConexaoEvolution> conexao() {
        return apiKey == null ? Optional.empty() : Optional.of(new ConexaoEvolution(servidorUrl, instancia, apiKey));
    }

    static void validar(Map<String, String> c, Map<String, String> s) {
        for (String nome : c.keySet()) {
            if (!CONFIGURACOES.contains(nome)) {
                throw invalida("Configuração desconhecida: " + nome + "; use " + String.join(", ",
                        new TreeSet<>(CONFIGURACOES)));
            }
        }
        for (String nome : s.keySet()) {
            if (!SEGREDOS.contains(nome)) {
                throw invalida("Segredo desconhecido: " + nome + "; use " + String.join(", ",
                        new TreeSet<>(SEGREDOS)));
            }
        }
        url(c.get(SERVIDOR_URL), SERVIDOR_URL, true);
        url(c.get(WEBHOOK_URL), WEBHOOK_URL, false);
        String instancia = c.get(INSTANCIA);
        if (instancia == null || !NOME_INSTANCIA.matcher(instancia.strip()).matches()) {
            throw invalida("instancia é obrigatória: letras, dígitos, '.', '_' ou '-', até 100");
        }
        if (vazioComoNulo(s.get(API_KEY)) == null && vazioComoNulo(s.get(CHAVE_GLOBAL)) == null) {
            throw invalida("Informe o segredo apiKey (token da instância) ou chaveGlobal para criar a instância");
        }
        Duration minimo = intervalo(c, INTERVALO_MINIMO, RegrasDeRitmo.PADRAO.intervaloMinimo());
        Duration maximo = intervalo(c, INTERVALO_MAXIMO, RegrasDeRitmo.PADRAO.intervaloMaximo());
        if (maximo.compareTo(minimo) < 0) {
            throw invalida(INTERVALO_MAXIMO + " deve ser maior ou igual a " + INTERVALO_MINIMO);
        }
        if (inteiro(c, PAUSA_APOS, 1) < 0) {
            throw invalida(PAUSA_APOS + " não pode ser negativo (0 desliga a pausa)");
        }
        segundos(c, PAUSA, Duration.ZERO);
        hora(c, JANELA_INICIO, LocalTime.MIDNIGHT);
        hora(c, JANELA_FIM, LocalTime.MIDNIGHT);
        fuso(c, ZoneId.of("UTC"));
        if (segundos(c, DIGITACAO_MAXIMA, Duration.ZERO).toSeconds() > 60) {
            throw invalida(DIGITACAO_MAXIMA + " deve ser de no máximo 60");
        }
        int tentativas = inteiro(c, TENTATIVAS_MAXIMAS, 1);
        if (tentativas < 1 || tentativas > 20) {
            throw invalida(TENTATIVAS_MAXIMAS + " deve estar entre 1 e 20");
        }
        segundos(c, RETENTATIVA_BASE, Duration.ZERO);
    }

    private static void url(String valor, String nome, boolean obrigatoria) {
        if (valor == null || valor.isBlank()) {
            if (obrigatoria) {
                throw invalida(nome + " é obrigatório");
            }
            return;
        }
        try {
            URI uri = new URI(valor.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw invalida(nome + " deve ser uma URL http(s)");
            }
        } catch (URISyntaxException e) {
            throw invalida(nome + " deve ser uma URL http(s)");
        }
    }

    private static Duration segundos(Map<String, String> c, String nome, Duration padrao) {
        String valor = c.get(nome);
        if (valor == null || valor.isBlank()) {
            return padrao;
        }
        long segundos = inteiro(valor, nome);
        if (segundos < 0 || segundos > UM_DIA) {
            throw invalida(nome + " deve estar entre 0 e " + UM_DIA + " segundos");
        }
        return Duration.ofSeconds(segundos);
    }

    /**
     * The gap between two sends, in seconds with up to three decimals ("0.05" is 50 ms). Zero turns
     * pacing off; anything else below {@link #INTERVALO_MINIMO_POSITIVO} is refused, since the
     * sender cannot hold a gap that short to the millisecond.
     */
    private static Duration intervalo(Map<String, String> c, String nome, Duration padrao) {
        String valor = c.get(nome);
        if (valor == null || valor.isBlank()) {
            return padrao;
        }
        BigDecimal segundos;
        try {
            segundos = new BigDecimal(valor.strip());
        } catch (NumberFormatException e) {
            throw invalida(nome + " deve ser um número de segundos, como 30 ou 0.05");
        }
        if (segundos.signum() < 0 || segundos.compareTo(BigDecimal.valueOf(UM_DIA)) > 0) {
            throw invalida(nome + " deve estar entre 0 e " + UM_DIA + " segundos");
        }
        if (segundos.stripTrailingZeros().scale() > 3) {
            throw invalida(nome + " aceita até três casas decimais (milissegundos)");
        }
        Duration intervalo = Duration.ofMillis(segundos.movePointRight(3).longValueExact());
        if (!intervalo.isZero() && intervalo.compareTo(INTERVALO_MINIMO_POSITIVO) < 0) {
            throw DomainException.regraViolada("INTERVALO_CURTO_DEMAIS", nome + " deve ser 0 (sem intervalo) ou de "
                    + "pelo menos 0.02 segundo");
        }
        return intervalo;
    }

    private static int inteiro(Map<String, String> c, String nome, int padrao) {
        String valor = c.get(nome);
        return valor == null || valor.isBlank() ? padrao : (int) inteiro(valor, nome);
    }

    private static long inteiro(String valor, String nome) {
        try {
            return Integer.parseInt(valor.strip());
        } catch (NumberFormatException e) {
            throw invalida(nome + " deve ser um número inteiro");
        }
    }

    private static LocalTime hora(Map<String, String> c, String nome, LocalTime padrao) {
        String valor = c.get(nome);
        if (valor == null || valor.isBlank()) {
            return padrao;
        }
        try {
            return LocalTime.parse(valor.strip());
        } catch (DateTimeParseException e) {
            throw invalida(nome + " deve ser uma hora HH:mm");
        }
    }

    private static ZoneId fuso(Map<String, String> c, ZoneId padrao) {
        String valor = c.get(FUSO);
        if (valor == null || valor.isBlank()) {
            return padrao;
        }
        try {
            return ZoneId.of(valor.strip());
        } catch (DateTimeException e) {
            throw invalida(FUSO + " deve ser um fuso como America/Sao_Paulo");
        }
    }

    private static String vazioComoNulo(String valor) {
        return valor == null || valor.isBlank() ? null : valor.strip();
    }

    private static DomainException invalida(String mensagem) {
        return DomainException.invalido("CONFIGURACAO_INVALIDA", mensagem);
    }

    @Override
    public String toString() {
        return "ConfiguracaoEvolution[" + tenantId + ", " + servidorUrl + ", " + instancia + "]";
    }
}
