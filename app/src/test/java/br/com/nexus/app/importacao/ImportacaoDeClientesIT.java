package br.com.nexus.app.importacao;

import static br.com.nexus.app.importacao.Planilhas.XLSX;
import static br.com.nexus.app.importacao.Planilhas.linha;
import static br.com.nexus.app.importacao.Planilhas.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/clientes/importacao} with real .xlsx and .csv files. */
class ImportacaoDeClientesIT extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;

    @Test
    void xlsxImportaClientesNormalizadosERelataCadaLinhaRejeitada() throws IOException {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String semZero = cpfComecandoComZero();
        String formatado = cpf();
        String repetido = cpf();
        XSSFWorkbook pasta = new XSSFWorkbook();
        Sheet aba = pasta.createSheet("Clientes");
        linha(aba, 0, "Relação de consorciados - novembro");
        linha(aba, 2, "C.P.F.", "Nome do Cliente", "Celular", "Grupo", "Cota", "Ponto de Venda");
        Row numerica = aba.createRow(3);
        numerica.createCell(0).setCellValue(Double.parseDouble(semZero));
        numerica.createCell(1).setCellValue("Ana  Lúcia Prado - 70%");
        numerica.createCell(2).setCellValue(11987654321d);
        numerica.createCell(3).setCellValue(1234d);
        numerica.createCell(4).setCellValue(56d);
        numerica.createCell(5).setCellValue("Centro");
        linha(aba, 4, formatado(formatado), "Bruno Dias", "+55 (21) 99876-5432", "0777", "12-3", "Zona Sul");
        linha(aba, 5, "123.456.789-00", "CPF Errado", "", "", "", "");
        linha(aba, 6, cpf(), "   ", "11987654321", "", "", "");
        linha(aba, 7, cpf(), "Fixo Silva", "(11) 3333-4444", "", "", "");
        linha(aba, 8, repetido, "Primeira Vez", "", "", "", "");
        linha(aba, 10, formatado(repetido), "Segunda Vez", "", "", "", "");

        Resposta resposta = importar(empresa.token(Papel.SUPERVISOR), "clientes.xlsx", XLSX, xlsx(pasta));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        JsonNode relatorio = resposta.json();
        assertThat(relatorio.path("linhas").asInt()).isEqualTo(7);
        assertThat(relatorio.path("importados").asInt()).isEqualTo(3);
        assertThat(relatorio.path("atualizados").asInt()).isZero();
        assertThat(rejeitados(relatorio)).containsExactly(
                "6: CPF inválido (CPF com dígitos verificadores incorretos)",
                "7: Nome em branco",
                "8: WhatsApp inválido (Telefone fixo não recebe WhatsApp)",
                "11: CPF repetido na planilha (já na linha 9)");
        ClienteImportado ana = importado(empresa, semZero);
        assertThat(ana.nome()).isEqualTo("Ana Lúcia Prado - 70%");
        assertThat(ana.whatsapp().numero()).isEqualTo("5511987654321");
        assertThat(ana.consorcio().grupo()).isEqualTo("1234");
        assertThat(ana.consorcio().cota()).isEqualTo("56");
        assertThat(ana.consorcio().pontoDeVenda()).isEqualTo("Centro");
        ClienteImportado bruno = importado(empresa, formatado);
        assertThat(bruno.whatsapp().numero()).isEqualTo("5521998765432");
        assertThat(bruno.consorcio().cota()).isEqualTo("12-3");
        assertThat(importado(empresa, repetido).nome()).isEqualTo("Primeira Vez");
        assertThat(clientes(empresa)).isEqualTo(3);
        assertThat(eventStore.readEvents(clienteId(empresa, semZero).toString()).next().getMetaData())
                .containsEntry("usuarioEmail", empresa.usuario(Papel.SUPERVISOR).email());
    }

    @Test
    void csvComPontoEVirgulaEmWindows1252() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String cpf = cpf();
        String csv = "CPF;NOME;TELEFONE;GRUPO;COTA;PONTO DE VENDA\r\n" + formatado(cpf)
                + ";Conceição Araújo;(31) 8765-4321;0042;7;São João del-Rei\r\n";

        Resposta resposta = importar(empresa.token(Papel.ADMIN), "clientes.csv", "text/csv",
                csv.getBytes(Charset.forName("windows-1252")));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        assertThat(resposta.json().path("importados").asInt()).isEqualTo(1);
        ClienteImportado cliente = importado(empresa, cpf);
        assertThat(cliente.nome()).isEqualTo("Conceição Araújo");
        assertThat(cliente.whatsapp().numero()).isEqualTo("5531987654321");
        assertThat(cliente.consorcio().pontoDeVenda()).isEqualTo("São João del-Rei");
    }

    @Test
    void csvComVirgulaEmUtf8ComBomEAspas() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String cpf = cpf();
        String csv = "\uFEFFcpf,nome,whats,pdv\n" + cpf + ",\"Souza, Márcia \"\"Má\"\"\",11987654321,Loja 1\n";

        Resposta resposta = importar(empresa.token(Papel.SUPERVISOR), "c.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        ClienteImportado cliente = importado(empresa, cpf);
        assertThat(cliente.nome()).isEqualTo("Souza, Márcia \"Má\"");
        assertThat(cliente.consorcio().pontoDeVenda()).isEqualTo("Loja 1");
    }

    @Test
    void reimportarAtualizaOQueMudouEPreservaOQueAPlanilhaNaoTem() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String cadastradoPelaApi = cpf();
        Map<String, Object> cliente = new LinkedHashMap<>();
        cliente.put("cpf", cadastradoPelaApi);
        cliente.put("nome", "Davi Rocha");
        cliente.put("whatsapp", "(11) 91111-2222");
        cliente.put("email", "davi@exemplo.com.br");
        cliente.put("contrato", "C-1");
        cliente.put("grupo", "100");
        Resposta cadastro = post("/api/clientes", empresa.token(Papel.OPERADOR), cliente);
        assertThat(cadastro.status()).as(cadastro.toString()).isEqualTo(201);
        String clienteId = cadastro.json().path("id").asText();
        String semMudanca = cpf();
        Resposta primeira = importar(empresa.token(Papel.SUPERVISOR), "a.csv", "text/csv",
                ("CPF;Nome;WhatsApp;Grupo\n" + semMudanca + ";Eva Lima;11933334444;7\n").getBytes(StandardCharsets.UTF_8));
        assertThat(primeira.json().path("importados").asInt()).as(primeira.toString()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM documento_pagador WHERE tenant_id = ?", Integer.class,
                empresa.tenantId().valor()) == 2);

        Resposta segunda = importar(empresa.token(Papel.SUPERVISOR), "b.csv", "text/csv",
                ("CPF;Nome;WhatsApp;Grupo;Cota\n" + formatado(cadastradoPelaApi) + ";Davi Rocha Neto;;200;9\n"
                        + semMudanca + ";Eva Lima;(11) 93333-4444;7;\n").getBytes(StandardCharsets.UTF_8));

        assertThat(segunda.status()).as(segunda.toString()).isEqualTo(200);
        assertThat(segunda.json().path("importados").asInt()).isZero();
        assertThat(segunda.json().path("atualizados").asInt()).isEqualTo(1);
        assertThat(segunda.json().path("inalterados").asInt()).isEqualTo(1);
        List<ClienteAtualizado> atualizacoes = eventos(clienteId, ClienteAtualizado.class);
        assertThat(atualizacoes).hasSize(1);
        ClienteAtualizado atualizado = atualizacoes.get(0);
        assertThat(atualizado.nome()).isEqualTo("Davi Rocha Neto");
        assertThat(atualizado.whatsapp().numero()).isEqualTo("5511911112222");
        assertThat(atualizado.email()).isEqualTo("davi@exemplo.com.br");
        assertThat(atualizado.consorcio().grupo()).isEqualTo("200");
        assertThat(atualizado.consorcio().cota()).isEqualTo("9");
        assertThat(atualizado.consorcio().contrato()).isEqualTo("C-1");
        assertThat(clientes(empresa)).isEqualTo(2);
    }

    @Test
    void arquivoCorrompidoEhRecusadoSemImportarNada() throws IOException {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        XSSFWorkbook pasta = new XSSFWorkbook();
        Sheet aba = pasta.createSheet();
        linha(aba, 0, "CPF", "Nome");
        linha(aba, 1, cpf(), "Zé");
        byte[] inteiro = xlsx(pasta);

        Resposta truncado = importar(empresa.token(Papel.SUPERVISOR), "c.xlsx", XLSX,
                Arrays.copyOf(inteiro, inteiro.length / 2));
        Resposta texto = importar(empresa.token(Papel.SUPERVISOR), "c.xlsx", XLSX,
                "isto não é uma planilha".getBytes(StandardCharsets.UTF_8));
        Resposta semColunas = importar(empresa.token(Papel.SUPERVISOR), "c.csv", "text/csv",
                "Nome;Telefone\nZé;11987654321\n".getBytes(StandardCharsets.UTF_8));

        assertProblema(truncado, 400, "ARQUIVO_INVALIDO");
        assertProblema(texto, 400, "ARQUIVO_INVALIDO");
        assertProblema(semColunas, 400, "COLUNAS_OBRIGATORIAS_AUSENTES");
        assertThat(clientes(empresa)).isZero();
    }

    @Test
    void arquivoGrandeDemaisEhRecusadoSemImportarNada() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        StringBuilder muitasLinhas = new StringBuilder("CPF;Nome\n");
        for (int i = 0; i < 20_001; i++) {
            muitasLinhas.append(cpf()).append(";Cliente ").append(i).append('\n');
        }
        StringBuilder pesado = new StringBuilder("CPF;Nome;Observação\n").append(cpf()).append(";Ana;");
        pesado.append("x".repeat(5 * 1024 * 1024)).append('\n');

        Resposta linhas = importar(empresa.token(Papel.SUPERVISOR), "muitas.csv", "text/csv",
                muitasLinhas.toString().getBytes(StandardCharsets.UTF_8));
        Resposta bytes = importar(empresa.token(Papel.SUPERVISOR), "pesado.csv", "text/csv",
                pesado.toString().getBytes(StandardCharsets.UTF_8));

        assertProblema(linhas, 413, "CONTEUDO_GRANDE_DEMAIS");
        assertThat(linhas.json().path("detail").asText()).contains("20000");
        assertProblema(bytes, 413, "CONTEUDO_GRANDE_DEMAIS");
        assertThat(clientes(empresa)).isZero();
    }

    @Test
    void xlsxQueDescompactadoPassaDoLimiteEhRecusadoSemDerrubarNada() throws IOException {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        byte[] bomba = Planilhas.abaQueDescompactaEm(100);
        assertThat(bomba.length).isLessThan(1024 * 1024);

        Resposta resposta = importar(empresa.token(Papel.SUPERVISOR), "bomba.xlsx", XLSX, bomba);

        assertProblema(resposta, 413, "CONTEUDO_GRANDE_DEMAIS");
        assertThat(resposta.json().path("detail").asText()).contains("descompactada", "20000");
        assertThat(clientes(empresa)).isZero();
    }

    /** The test profile allows one import at a time on the server. */
    @Test
    void importacoesAlemDoLimiteDoServidorRecebem429ComRetryAfter() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String supervisor = empresa.token(Papel.SUPERVISOR);
        // Each one spends a while reading before it is refused, so they usually overlap; a fast machine
        // may finish one before the next arrives, so a few rounds are allowed for the overlap to happen.
        byte[] lenta = Planilhas.abaQueDescompactaEm(100);
        List<Resposta> respostas = new ArrayList<>();
        List<Resposta> recusadas = new ArrayList<>();
        for (int rodada = 0; rodada < 5 && recusadas.isEmpty(); rodada++) {
            List<Resposta> daRodada = simultaneas(6, () -> importar(supervisor, "lenta.xlsx", XLSX, lenta));
            respostas.addAll(daRodada);
            daRodada.stream().filter(r -> r.status() == 429).forEach(recusadas::add);
        }

        assertThat(respostas).extracting(Resposta::status).as(respostas.toString()).containsOnly(413, 429);
        assertThat(recusadas).as(respostas.toString()).isNotEmpty();
        for (Resposta recusada : recusadas) {
            assertProblema(recusada, 429, "IMPORTACOES_SIMULTANEAS_DEMAIS");
            assertThat(Long.parseLong(recusada.header("Retry-After"))).isPositive();
        }
        Resposta depois = importar(supervisor, "c.csv", "text/csv",
                ("CPF;Nome\n" + cpf() + ";Ana\n").getBytes(StandardCharsets.UTF_8));
        assertThat(depois.status()).as(depois.toString()).isEqualTo(200);
    }

    private static List<Resposta> simultaneas(int quantas, Callable<Resposta> envio) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(quantas);
        try {
            CountDownLatch largada = new CountDownLatch(1);
            List<Future<Resposta>> envios = new ArrayList<>();
            for (int i = 0; i < quantas; i++) {
                envios.add(threads.submit(() -> {
                    largada.await();
                    return envio.call();
                }));
            }
            largada.countDown();
            List<Resposta> respostas = new ArrayList<>();
            for (Future<Resposta> enviado : envios) {
                respostas.add(enviado.get(2, TimeUnit.MINUTES));
            }
            return respostas;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void soSupervisorEAdminImportamEArquivoEhObrigatorio() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        byte[] csv = ("CPF;Nome\n" + cpf() + ";Ana\n").getBytes(StandardCharsets.UTF_8);

        assertThat(importar(empresa.token(Papel.OPERADOR), "c.csv", "text/csv", csv).status()).isEqualTo(403);
        assertThat(importar(empresa.token(Papel.AUDITOR), "c.csv", "text/csv", csv).status()).isEqualTo(403);
        assertThat(importar(null, "c.csv", "text/csv", csv).status()).isEqualTo(401);
        assertProblema(importar(empresa.token(Papel.SUPERVISOR), "vazio.csv", "text/csv", new byte[0]), 400,
                "ARQUIVO_OBRIGATORIO");
        assertThat(clientes(empresa)).isZero();
    }

    private void assertProblema(Resposta resposta, int status, String codigo) {
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(status);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().path("code").asText()).isEqualTo(codigo);
    }

    private Resposta importar(String token, String nome, String tipo, byte[] conteudo) {
        return postArquivo("/api/clientes/importacao", token, "arquivo", nome, tipo, conteudo);
    }

    private static List<String> rejeitados(JsonNode relatorio) {
        List<String> linhas = new ArrayList<>();
        relatorio.path("rejeitados").forEach(r -> linhas.add(r.path("linha").asInt() + ": " + r.path("motivo").asText()));
        return linhas;
    }

    private int clientes(TenantDeTeste empresa) {
        return jdbc.queryForObject("SELECT count(*) FROM cliente_cpf WHERE tenant_id = ?", Integer.class,
                empresa.tenantId().valor());
    }

    private ClienteImportado importado(TenantDeTeste empresa, String cpf) {
        return eventos(clienteId(empresa, cpf).toString(), ClienteImportado.class).get(0);
    }

    private UUID clienteId(TenantDeTeste empresa, String cpf) {
        return jdbc.queryForObject("SELECT cliente_id FROM cliente_cpf WHERE tenant_id = ? AND cpf = ?",
                UUID.class, empresa.tenantId().valor(), cpf);
    }

    private <T> List<T> eventos(String agregadoId, Class<T> tipo) {
        return eventStore.readEvents(agregadoId).asStream()
                .map(m -> m.getPayload())
                .filter(tipo::isInstance)
                .map(tipo::cast)
                .toList();
    }

    private static String formatado(String cpf) {
        return cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9);
    }

    private static String cpfComecandoComZero() {
        String cpf;
        do {
            cpf = cpf();
        } while (cpf.charAt(0) != '0' || cpf.charAt(1) == '0');
        return cpf;
    }

    private static String cpf() {
        int[] d = new int[11];
        do {
            for (int i = 0; i < 9; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
            }
        } while (d[0] == d[1] && d[1] == d[2]);
        for (int posicao = 9; posicao <= 10; posicao++) {
            int soma = 0;
            for (int i = 0; i < posicao; i++) {
                soma += d[i] * (posicao + 1 - i);
            }
            int resto = soma * 10 % 11;
            d[posicao] = resto == 10 ? 0 : resto;
        }
        StringBuilder cpf = new StringBuilder();
        for (int digito : d) {
            cpf.append(digito);
        }
        return cpf.toString();
    }
}
