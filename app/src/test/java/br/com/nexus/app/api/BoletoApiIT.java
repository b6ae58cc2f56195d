package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.comum.CodigoBarras;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoletoApiIT extends ApiIT {

    /** Banco do Brasil example from the caelum-stella test suite: R$ 40,00, factor 3860 (2008-05-02). */
    private static final String LINHA_BB = "00190.00009 01207.113000 09000.206186 5 38600000004000";
    private static final String CODIGO_BB = "00195386000000040000000001207113000900020618";

    @Test
    void registraPelaLinhaDigitavelEDevolveOCodigoDeBarras() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());

        Resposta resposta = post("/api/boletos", empresa.operador(), Map.of("clienteId", clienteId,
                "linhaDigitavel", LINHA_BB, "valor", "40.00", "vencimento", "2008-05-02"));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        String id = resposta.json().path("id").asText();
        assertThat(resposta.header("Location")).endsWith("/api/boletos/" + id);
        assertThat(resposta.json().path("codigoBarras").asText()).isEqualTo(CODIGO_BB);
        assertThat(resposta.json().path("linhaDigitavel").asText()).isEqualTo(LINHA_BB.replace(".", "").replace(" ", ""));
        JsonNode registrado = historico(empresa, "boleto", id).get(0);
        assertThat(registrado.path("tipo").asText()).isEqualTo("BoletoRegistrado");
        assertThat(registrado.path("payload").path("valor").asText()).isEqualTo("40.00");
        assertThat(registrado.path("payload").path("clienteId").asText()).isEqualTo(clienteId);
        assertThat(registrado.path("payload").path("origem").asText())
                .as("sem origem, um boleto digitado: nada a esperar de PDF").isEqualTo("MANUAL");
    }

    @Test
    void registraPeloCodigoDeBarrasEDevolveALinhaDigitavel() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        CodigoBarras codigo = DadosDaApi.codigoBarras("150.50", DadosDaApi.VENCIMENTO);

        Resposta resposta = post("/api/boletos", empresa.operador(), Map.of("clienteId", clienteId,
                "codigoBarras", codigo.numero(), "valor", "150.50", "vencimento", DadosDaApi.VENCIMENTO.toString(),
                "referencia", "2026-11", "parcela", 2));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        assertThat(resposta.json().path("linhaDigitavel").asText()).isEqualTo(codigo.linhaDigitavel().numero());
        JsonNode payload = historico(empresa, "boleto", resposta.json().path("id").asText()).get(0).path("payload");
        assertThat(payload.path("referencia").asText()).isEqualTo("2026-11");
        assertThat(payload.path("parcela").asInt()).isEqualTo(2);
        assertThat(payload.path("vencimento").asText()).isEqualTo("2026-12-10");
    }

    @Test
    void aceitaLinhaECodigoDoMesmoBoletoERecusaOsDeBoletosDiferentes() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        CodigoBarras outro = DadosDaApi.codigoBarras("40.00", DadosDaApi.VENCIMENTO);

        Resposta mesmo = post("/api/boletos", empresa.operador(), Map.of("clienteId", clienteId,
                "linhaDigitavel", LINHA_BB, "codigoBarras", CODIGO_BB, "valor", "40.00", "vencimento", "2008-05-02"));
        // The first boleto's own collection may go on meanwhile (it is long overdue): count registrations.
        long eventosAntes = boletosRegistrados(empresa);
        Resposta diferentes = post("/api/boletos", empresa.operador(), Map.of("clienteId", clienteId,
                "linhaDigitavel", LINHA_BB, "codigoBarras", outro.numero(), "valor", "40.00",
                "vencimento", "2008-05-02"));

        assertThat(mesmo.status()).as(mesmo.toString()).isEqualTo(201);
        assertProblema(diferentes, 422, "LINHA_DIGITAVEL_DIVERGENTE");
        assertThat(boletosRegistrados(empresa)).isEqualTo(eventosAntes);
    }

    @Test
    void valorOuVencimentoQueNaoBatemComOCodigoRespondem422() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        long eventosAntes = eventosDoTenant(empresa);

        assertProblema(post("/api/boletos", empresa.operador(), Map.of("clienteId", clienteId,
                "linhaDigitavel", LINHA_BB, "valor", "41.00", "vencimento", "2008-05-02")), 422, "VALOR_DIVERGENTE");
        assertProblema(post("/api/boletos", empresa.operador(), Map.of("clienteId", clienteId,
                "linhaDigitavel", LINHA_BB, "valor", "40.00", "vencimento", "2008-05-03")), 422,
                "VENCIMENTO_DIVERGENTE");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
    }

    @Test
    void clienteInexistenteResponde404() {
        Empresa empresa = novaEmpresa();

        Resposta resposta = post("/api/boletos", empresa.operador(), DadosDaApi.boletoPorLinha(
                "5f1b8c0e-8d2a-4c1e-9a7b-2e3f4a5b6c7d", "99.90"));

        assertProblema(resposta, 404, "CLIENTE_NAO_ENCONTRADO");
    }

    @Test
    void cancelaBoletoCom202() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String id = registrarBoleto(empresa, clienteId, "120.00");

        Resposta resposta = post("/api/boletos/" + id + "/cancelamento", empresa.operador(),
                Map.of("motivo", "Renegociado"));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(202);
        assertThat(tiposNoHistorico(empresa, "boleto", id)).containsExactly("BoletoRegistrado", "BoletoCancelado");
    }

    @Test
    void entradasMalFormadasRespondem400SemCriarNada() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String id = registrarBoleto(empresa, clienteId, "75.00");
        long eventosAntes = eventosDoTenant(empresa);
        String token = empresa.operador();
        Map<String, Object> semCodigo = DadosDaApi.boletoPorLinha(clienteId, "75.00");
        semCodigo.remove("linhaDigitavel");
        Map<String, Object> linhaErrada = DadosDaApi.boletoPorLinha(clienteId, "75.00");
        linhaErrada.put("linhaDigitavel", "00190.00009 01207.113000 09000.206186 6 38600000004000");
        Map<String, Object> valorTexto = DadosDaApi.boletoPorLinha(clienteId, "75.00");
        valorTexto.put("valor", "setenta e cinco");
        Map<String, Object> vencimentoBrasileiro = DadosDaApi.boletoPorLinha(clienteId, "75.00");
        vencimentoBrasileiro.put("vencimento", "10/12/2026");
        Map<String, Object> parcelaTexto = DadosDaApi.boletoPorLinha(clienteId, "75.00");
        parcelaTexto.put("parcela", "terceira");
        Map<String, Object> origemDesconhecida = DadosDaApi.boletoPorLinha(clienteId, "75.00");
        origemDesconhecida.put("origem", "BANCO_X");
        Map<String, Object> clienteNaoUuid = DadosDaApi.boletoPorLinha("cliente-1", "75.00");
        Map<String, Object> descricaoGigante = DadosDaApi.boletoPorLinha(clienteId, "75.00");
        descricaoGigante.put("descricao", "d".repeat(1_000_000));

        assertProblema(post("/api/boletos", token, semCodigo), 400, "CODIGO_BARRAS_OBRIGATORIO");
        assertProblema(post("/api/boletos", token, linhaErrada), 400, "LINHA_DIGITAVEL_INVALIDA");
        assertProblema(post("/api/boletos", token, valorTexto), 400, "VALOR_INVALIDO");
        assertProblema(post("/api/boletos", token, vencimentoBrasileiro), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/boletos", token, parcelaTexto), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/boletos", token, origemDesconhecida), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/boletos", token, clienteNaoUuid), 400, "ID_INVALIDO");
        assertProblema(post("/api/boletos", token, descricaoGigante), 400, "REQUISICAO_INVALIDA");
        assertProblema(postRaw("/api/boletos", token, "application/json", "not json"), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/boletos/" + id + "x/cancelamento", token, Map.of("motivo", "x")), 400,
                "ID_INVALIDO");
        assertProblema(post("/api/boletos/" + id + "/cancelamento", token, Map.of()), 400, "REQUISICAO_INVALIDA");

        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
    }

    @Test
    void mesmaLinhaDigitavelNaEmpresaResponde409ComOBoletoExistente() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        Map<String, Object> boleto = DadosDaApi.boletoPorLinha(clienteId, "321.00");
        Resposta primeiro = post("/api/boletos", empresa.operador(), boleto);
        long eventosAntes = eventosDoTenant(empresa);

        Resposta segundo = post("/api/boletos", empresa.admin(), boleto);
        Map<String, Object> peloCodigo = new java.util.LinkedHashMap<>(boleto);
        peloCodigo.remove("linhaDigitavel");
        peloCodigo.put("codigoBarras", primeiro.json().path("codigoBarras").asText());
        Resposta terceiro = post("/api/boletos", empresa.operador(), peloCodigo);

        assertThat(primeiro.status()).as(primeiro.toString()).isEqualTo(201);
        assertProblema(segundo, 409, "BOLETO_DUPLICADO");
        assertThat(segundo.json().path("boletoExistenteId").asText()).isEqualTo(primeiro.json().path("id").asText());
        assertProblema(terceiro, 409, "BOLETO_DUPLICADO");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
        Empresa outra = novaEmpresa();
        Map<String, Object> naOutra = new java.util.LinkedHashMap<>(boleto);
        naOutra.put("clienteId", cadastrarCliente(outra, DadosDaApi.cpf()));
        assertThat(post("/api/boletos", outra.operador(), naOutra).status()).isEqualTo(201);
    }

    @Test
    void registrosConcorrentesDaMesmaLinhaDeixamUmSoBoleto() throws Exception {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        Map<String, Object> boleto = DadosDaApi.boletoPorLinha(clienteId, "654.32");
        int concorrentes = 8;
        java.util.concurrent.CountDownLatch largada = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(concorrentes);
        java.util.List<java.util.concurrent.Future<Resposta>> futuros = new java.util.ArrayList<>();
        for (int i = 0; i < concorrentes; i++) {
            futuros.add(executor.submit(() -> {
                largada.await();
                return post("/api/boletos", empresa.operador(), boleto);
            }));
        }
        largada.countDown();
        java.util.List<Resposta> respostas = new java.util.ArrayList<>();
        for (var futuro : futuros) {
            respostas.add(futuro.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        executor.shutdown();

        java.util.List<Resposta> criados = respostas.stream().filter(r -> r.status() == 201).toList();
        assertThat(criados).as(respostas.toString()).hasSize(1);
        String id = criados.get(0).json().path("id").asText();
        respostas.stream().filter(r -> r.status() != 201).forEach(r -> {
            assertProblema(r, 409, "BOLETO_DUPLICADO");
            assertThat(r.json().path("boletoExistenteId").asText()).isEqualTo(id);
        });
        assertThat(eventosDoTipo(BoletoRegistrado.class, empresa.tenantId())).isEqualTo(1L);
    }

    /** The migration that gives boletos registered before the rule their linha digitável, run again on real events. */
    @Test
    void boletosJaRegistradosReservamSuasLinhasPelaMigracao() throws Exception {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        Map<String, Object> boleto = DadosDaApi.boletoPorLinha(clienteId, "77.70");
        String id = post("/api/boletos", empresa.operador(), boleto).json().path("id").asText();
        String outro = registrarBoleto(empresa, clienteId, "88.80");
        jdbc.update("DELETE FROM boleto_linha_digitavel WHERE tenant_id = ?::uuid", empresa.tenantId());

        String migracao = new String(getClass().getResourceAsStream(
                "/db/migration/V51__boleto_linha_digitavel_existentes.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        jdbc.execute(migracao);

        assertThat(jdbc.queryForList("SELECT boleto_id::text FROM boleto_linha_digitavel WHERE tenant_id = ?::uuid",
                String.class, empresa.tenantId())).containsExactlyInAnyOrder(id, outro);
        assertProblema(post("/api/boletos", empresa.operador(), boleto), 409, "BOLETO_DUPLICADO");
    }

    private long boletosRegistrados(Empresa empresa) {
        return eventosDoTipo(BoletoRegistrado.class, empresa.tenantId());
    }
}
