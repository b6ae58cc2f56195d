package br.com.nexus.app.portal.fake;

import br.com.nexus.kernel.comum.Cpf;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the Canopus consultant portal on a random local port, laid out as the default
 * portal profile expects: a login form, a CPF search form on every page, a result row linking
 * to the billing emission, and the emission page with the reference month and a link to the
 * boleto PDF. Every page (and the PDF) waits {@link #latencia} before answering.
 *
 * <p>Each failure mode of the real portal can be switched on: wrong password, CPF not found,
 * no boleto, CAPTCHA, session expiry, a slow page, and the PDF handed over as a download, in a
 * popup tab or in an inline viewer.
 */
public final class PortalFalso implements AutoCloseable {

    /** How the emission page hands over the PDF. */
    public enum Entrega {
        DOWNLOAD,
        POPUP,
        VISUALIZADOR
    }

    /** The PDF is made once: OpenPDF stamps creation time and id, so each rendering differs. */
    private record ClienteFalso(int id, Cpf cpf, String nome, BoletoFalso boleto, byte[] pdf) {
    }

    private final HttpServer servidor;
    private final ExecutorService threads = Executors.newCachedThreadPool(tarefa -> {
        Thread thread = new Thread(tarefa, "portal-falso");
        thread.setDaemon(true);
        return thread;
    });
    private final String usuario;
    private final String senha;
    private final Map<String, ClienteFalso> clientesPorCpf = new ConcurrentHashMap<>();
    private final List<ClienteFalso> clientes = new CopyOnWriteArrayList<>();
    private final Map<String, Entrega> entregaPorCpf = new ConcurrentHashMap<>();
    private final Map<String, Duration> lentidaoPorCpf = new ConcurrentHashMap<>();
    private final Set<String> sessoes = ConcurrentHashMap.newKeySet();
    private final List<String> pontosDeVendaInformados = new CopyOnWriteArrayList<>();
    private volatile Duration latencia = Duration.ZERO;
    private volatile Entrega entrega = Entrega.DOWNLOAD;
    private volatile int captchaAposBuscas = Integer.MAX_VALUE;
    private volatile int expirarNaBusca = 0;
    private volatile boolean expirarSempre;
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger loginsRecusados = new AtomicInteger();
    private final AtomicInteger buscas = new AtomicInteger();
    private final AtomicInteger pdfs = new AtomicInteger();
    private final AtomicInteger emAndamento = new AtomicInteger();
    private final AtomicInteger maximoSimultaneo = new AtomicInteger();
    private final AtomicInteger captchasMostrados = new AtomicInteger();

    private PortalFalso(String usuario, String senha) throws IOException {
        this.usuario = usuario;
        this.senha = senha;
        this.servidor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        servidor.setExecutor(threads);
        servidor.createContext("/", this::atender);
        servidor.start();
    }

    /** A portal accepting this consultant's login. */
    public static PortalFalso iniciar(String usuario, String senha) {
        try {
            return new PortalFalso(usuario, senha);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + servidor.getAddress().getPort();
    }

    // ---- set-up ----

    public PortalFalso latencia(Duration latencia) {
        this.latencia = latencia;
        return this;
    }

    /** A cliente the portal knows; {@code boleto} null means it has none to emit. */
    public PortalFalso cliente(Cpf cpf, String nome, BoletoFalso boleto) {
        ClienteFalso cliente = new ClienteFalso(clientes.size(), cpf, nome, boleto,
                boleto == null ? null : boleto.pdf(nome));
        clientes.add(cliente);
        clientesPorCpf.put(cpf.numero(), cliente);
        return this;
    }

    public PortalFalso entrega(Entrega entrega) {
        this.entrega = entrega;
        return this;
    }

    public PortalFalso entrega(Cpf cpf, Entrega entrega) {
        entregaPorCpf.put(cpf.numero(), entrega);
        return this;
    }

    /** This cliente's emission page takes {@code demora} (on top of the latency). */
    public PortalFalso lento(Cpf cpf, Duration demora) {
        lentidaoPorCpf.put(cpf.numero(), demora);
        return this;
    }

    /** The first {@code n} searches work; from the next one on, every page is a CAPTCHA challenge. */
    public PortalFalso captchaAposBuscas(int n) {
        this.captchaAposBuscas = n;
        return this;
    }

    /** The {@code n}-th search finds every session expired (once). */
    public PortalFalso expirarSessoesNaBusca(int n) {
        this.expirarNaBusca = n;
        return this;
    }

    /** Every search finds the session expired, however often the consultant logs in. */
    public PortalFalso expirarSempre() {
        this.expirarSempre = true;
        return this;
    }

    // ---- what happened ----

    /** The exact bytes of the PDF the portal serves for this cliente. */
    public byte[] pdf(Cpf cpf) {
        return clientesPorCpf.get(cpf.numero()).pdf().clone();
    }

    public int logins() {
        return logins.get();
    }

    public int loginsRecusados() {
        return loginsRecusados.get();
    }

    public int buscas() {
        return buscas.get();
    }

    public int pdfsEntregues() {
        return pdfs.get();
    }

    public int captchasMostrados() {
        return captchasMostrados.get();
    }

    /** Most requests being answered at the same moment. */
    public int maximoSimultaneo() {
        return maximoSimultaneo.get();
    }

    public List<String> pontosDeVendaInformados() {
        return List.copyOf(pontosDeVendaInformados);
    }

    // ---- pages ----

    private void atender(HttpExchange troca) throws IOException {
        String caminho = troca.getRequestURI().getPath();
        if (caminho.equals("/favicon.ico")) {
            responder(troca, 404, "text/plain", new byte[0], Map.of());
            return;
        }
        int agora = emAndamento.incrementAndGet();
        maximoSimultaneo.accumulateAndGet(agora, Math::max);
        try {
            esperar(latencia);
            rotear(troca, caminho);
        } catch (RuntimeException e) {
            responder(troca, 500, "text/plain", e.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        } finally {
            emAndamento.decrementAndGet();
            troca.close();
        }
    }

    private void rotear(HttpExchange troca, String caminho) throws IOException {
        if (caminho.equals("/login")) {
            if (troca.getRequestMethod().equals("POST")) {
                entrar(troca);
            } else {
                html(troca, paginaDeLogin(consulta(troca).containsKey("expirada"), false));
            }
            return;
        }
        if (!logado(troca)) {
            redirecionar(troca, "/login?expirada=1", null);
            return;
        }
        if (buscas.get() > captchaAposBuscas) {
            captcha(troca);
            return;
        }
        if (caminho.equals("/inicio")) {
            html(troca, pagina("Início", "<p>Bem-vindo ao portal do consultor.</p>"));
        } else if (caminho.equals("/clientes/busca")) {
            buscar(troca);
        } else if (caminho.matches("/clientes/\\d+/emissao")) {
            emitir(troca, cliente(caminho, 2));
        } else if (caminho.matches("/boletos/\\d+\\.pdf")) {
            entregarPdf(troca, cliente(caminho.replace(".pdf", ""), 2), consulta(troca).containsKey("download"));
        } else if (caminho.matches("/boletos/\\d+/visualizar")) {
            ClienteFalso cliente = cliente(caminho, 2);
            html(troca, pagina("Boleto", "<iframe class=\"visualizador-pdf\" src=\"/boletos/" + cliente.id()
                    + ".pdf\" width=\"800\" height=\"600\"></iframe>"));
        } else {
            responder(troca, 404, "text/html; charset=utf-8", "<h1>Página não encontrada</h1>".getBytes(
                    StandardCharsets.UTF_8), Map.of());
        }
    }

    private void entrar(HttpExchange troca) throws IOException {
        Map<String, String> formulario = formulario(troca);
        if (formulario.get("pontoVenda") != null && !formulario.get("pontoVenda").isBlank()) {
            pontosDeVendaInformados.add(formulario.get("pontoVenda"));
        }
        if (buscas.get() > captchaAposBuscas) {
            captcha(troca);
            return;
        }
        if (!usuario.equals(formulario.get("usuario")) || !senha.equals(formulario.get("senha"))) {
            loginsRecusados.incrementAndGet();
            html(troca, paginaDeLogin(false, true));
            return;
        }
        logins.incrementAndGet();
        String sessao = UUID.randomUUID().toString();
        sessoes.add(sessao);
        redirecionar(troca, "/inicio", "SESSAO=" + sessao + "; Path=/; HttpOnly");
    }

    private void buscar(HttpExchange troca) throws IOException {
        int numero = buscas.incrementAndGet();
        if (expirarSempre || numero == expirarNaBusca) {
            sessoes.clear();
            redirecionar(troca, "/login?expirada=1", null);
            return;
        }
        if (numero > captchaAposBuscas) {
            captcha(troca);
            return;
        }
        String cpf = consulta(troca).getOrDefault("cpf", "").replaceAll("\\D", "");
        ClienteFalso cliente = clientesPorCpf.get(cpf);
        String conteudo = cliente == null
                ? "<div class=\"nenhum-resultado\">Nenhum cliente encontrado para o CPF informado.</div>"
                : "<table><tr class=\"cliente-resultado\"><td>" + escapar(cliente.nome()) + "</td><td>"
                        + cliente.cpf().formatado() + "</td><td><a class=\"emitir-cobranca\" href=\"/clientes/"
                        + cliente.id() + "/emissao\">Emissão de cobrança</a></td></tr></table>";
        html(troca, pagina("Resultado da busca", conteudo));
    }

    private void emitir(HttpExchange troca, ClienteFalso cliente) throws IOException {
        esperar(lentidaoPorCpf.getOrDefault(cliente.cpf().numero(), Duration.ZERO));
        if (cliente.boleto() == null) {
            html(troca, pagina("Emissão de cobrança", "<h2>" + escapar(cliente.nome()) + "</h2>"
                    + "<div class=\"sem-boleto\">Não há boletos disponíveis para emissão.</div>"));
            return;
        }
        Entrega forma = entregaPorCpf.getOrDefault(cliente.cpf().numero(), entrega);
        String link = switch (forma) {
            case DOWNLOAD -> "<a id=\"baixar-boleto\" href=\"/boletos/" + cliente.id() + ".pdf?download=1\">Imprimir boleto</a>";
            case POPUP -> "<a id=\"baixar-boleto\" href=\"/boletos/" + cliente.id() + ".pdf\" target=\"_blank\">Imprimir boleto</a>";
            case VISUALIZADOR -> "<a id=\"baixar-boleto\" href=\"/boletos/" + cliente.id() + "/visualizar\">Imprimir boleto</a>";
        };
        html(troca, pagina("Emissão de cobrança", "<h2>" + escapar(cliente.nome()) + "</h2>"
                + "<p>Referência: <span id=\"mes-referencia\">" + cliente.boleto().mesReferencia() + "</span></p>"
                + "<p>Vencimento: " + cliente.boleto().vencimento() + "</p>" + link));
    }

    private void entregarPdf(HttpExchange troca, ClienteFalso cliente, boolean comoDownload) throws IOException {
        if (cliente.boleto() == null) {
            responder(troca, 404, "text/plain", new byte[0], Map.of());
            return;
        }
        pdfs.incrementAndGet();
        String disposicao = (comoDownload ? "attachment" : "inline") + "; filename=\"boleto-" + cliente.id() + ".pdf\"";
        responder(troca, 200, "application/pdf", cliente.pdf(),
                Map.of("Content-Disposition", disposicao));
    }

    private void captcha(HttpExchange troca) throws IOException {
        captchasMostrados.incrementAndGet();
        html(troca, "<html><head><title>Verificação de segurança</title></head><body>"
                + "<div class=\"g-recaptcha\" id=\"captcha\">Confirme que você não é um robô.</div></body></html>");
    }

    private ClienteFalso cliente(String caminho, int segmento) {
        int id = Integer.parseInt(caminho.split("/")[segmento]);
        return clientes.get(id);
    }

    private boolean logado(HttpExchange troca) {
        List<String> cookies = troca.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String linha : cookies) {
            for (String cookie : linha.split(";")) {
                String[] partes = cookie.strip().split("=", 2);
                if (partes.length == 2 && partes[0].equals("SESSAO") && sessoes.contains(partes[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    private String paginaDeLogin(boolean expirada, boolean erro) {
        return "<html><head><title>Portal do Consultor - Entrar</title></head><body>"
                + (expirada ? "<p class=\"sessao-expirada\">Sua sessão expirou. Entre novamente.</p>" : "")
                + (erro ? "<div class=\"erro-login\">Usuário ou senha inválidos.</div>" : "")
                + "<form method=\"post\" action=\"/login\">"
                + "<label>Ponto de venda <input id=\"ponto-venda\" name=\"pontoVenda\"></label>"
                + "<label>Usuário <input id=\"usuario\" name=\"usuario\"></label>"
                + "<label>Senha <input id=\"senha\" name=\"senha\" type=\"password\"></label>"
                + "<button id=\"entrar\" type=\"submit\">Entrar</button></form></body></html>";
    }

    private String pagina(String titulo, String conteudo) {
        return "<html><head><meta charset=\"utf-8\"><title>" + titulo + "</title></head><body>"
                + "<header><span id=\"usuario-logado\">Consultor " + escapar(usuario) + "</span>"
                + "<form action=\"/clientes/busca\" method=\"get\"><input id=\"cpf\" name=\"cpf\">"
                + "<button id=\"buscar\" type=\"submit\">Buscar</button></form></header>"
                + "<main>" + conteudo + "</main></body></html>";
    }

    // ---- HTTP plumbing ----

    private static void html(HttpExchange troca, String html) throws IOException {
        responder(troca, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static void redirecionar(HttpExchange troca, String destino, String cookie) throws IOException {
        Map<String, String> cabecalhos = new HashMap<>();
        cabecalhos.put("Location", destino);
        if (cookie != null) {
            cabecalhos.put("Set-Cookie", cookie);
        }
        responder(troca, 302, "text/plain", new byte[0], cabecalhos);
    }

    private static void responder(HttpExchange troca, int status, String tipo, byte[] corpo,
            Map<String, String> cabecalhos) throws IOException {
        troca.getResponseHeaders().set("Content-Type", tipo);
        cabecalhos.forEach((nome, valor) -> troca.getResponseHeaders().set(nome, valor));
        troca.sendResponseHeaders(status, corpo.length == 0 ? -1 : corpo.length);
        if (corpo.length > 0) {
            troca.getResponseBody().write(corpo);
        }
    }

    private static Map<String, String> consulta(HttpExchange troca) {
        return parametros(troca.getRequestURI().getRawQuery());
    }

    private static Map<String, String> formulario(HttpExchange troca) throws IOException {
        try (InputStream corpo = troca.getRequestBody()) {
            return parametros(new String(corpo.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> parametros(String texto) {
        Map<String, String> parametros = new HashMap<>();
        if (texto == null || texto.isBlank()) {
            return parametros;
        }
        for (String par : texto.split("&")) {
            String[] partes = par.split("=", 2);
            parametros.put(URLDecoder.decode(partes[0], StandardCharsets.UTF_8),
                    partes.length > 1 ? URLDecoder.decode(partes[1], StandardCharsets.UTF_8) : "");
        }
        return parametros;
    }

    private static String escapar(String texto) {
        return texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void esperar(Duration tempo) {
        if (tempo.isZero()) {
            return;
        }
        try {
            Thread.sleep(tempo.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        servidor.stop(0);
        threads.shutdownNow();
    }

    /** Every cliente the portal knows, in the order they were added. */
    public List<Cpf> cpfs() {
        List<Cpf> cpfs = new ArrayList<>();
        clientes.forEach(cliente -> cpfs.add(cliente.cpf()));
        return cpfs;
    }
}
