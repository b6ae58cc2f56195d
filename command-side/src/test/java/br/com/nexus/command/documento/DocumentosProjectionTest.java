package br.com.nexus.command.documento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.TestData;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The boleto-pdf projection and the PDF store against the real tables. */
class DocumentosProjectionTest {

    private final JdbcTemplate jdbc = TabelasDeDocumentos.jdbc();
    private final CadastrosDeClientes cadastros = new CadastrosDeClientes(jdbc, new ObjectMapper().findAndRegisterModules());
    private final DocumentosDeBoleto documentos = new DocumentosDeBoleto(jdbc);
    private final DocumentosProjection projecao = new DocumentosProjection(cadastros, documentos);
    private final ArmazemDePdf armazem = new ArmazemDePdf(jdbc);
    private final TenantId tenant = TenantId.novo();
    private final ClienteId clienteId = ClienteId.novo();
    private final BoletoId boletoId = BoletoId.novo();

    @Test
    void mesmoCadastroDuasVezesDeixaUmPagador() {
        projecao.on(cadastrado("Ana Souza"));
        projecao.on(cadastrado("Ana Souza"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM documento_pagador WHERE tenant_id = ?", Integer.class,
                tenant.valor())).isEqualTo(1);
        CadastroDoCliente cadastro = cadastros.buscar(tenant, clienteId).orElseThrow();
        assertThat(cadastro.cpf()).isEqualTo(TestData.CPF);
        assertThat(cadastro.endereco().cidade()).isEqualTo("Campinas");
        assertThat(cadastro.consorcio().grupo()).isEqualTo("1234");
        assertThat(cadastro.whatsapp()).isEqualTo(TestData.TELEFONE);
    }

    @Test
    void atualizacaoTrocaOsDadosEMantemOCpf() {
        projecao.on(cadastrado("Ana Souza"));

        projecao.on(new ClienteAtualizado(clienteId, tenant, "Ana Souza Lima", null, "ana@exemplo.com", null,
                new DadosConsorcio("999", null, null, null, null)));

        CadastroDoCliente cadastro = cadastros.buscar(tenant, clienteId).orElseThrow();
        assertThat(cadastro.nome()).isEqualTo("Ana Souza Lima");
        assertThat(cadastro.cpf()).isEqualTo(TestData.CPF);
        assertThat(cadastro.whatsapp()).isNull();
        assertThat(cadastro.consorcio().grupo()).isEqualTo("999");
    }

    @Test
    void atualizacaoSemOCadastroAnteriorAindaRegistraOPagador() {
        projecao.on(new ClienteAtualizado(clienteId, tenant, "Sem Cadastro", null, null, null, null));

        assertThat(cadastros.buscar(tenant, clienteId).orElseThrow().pagador().nome()).isEqualTo("Sem Cadastro");
    }

    @Test
    void pagadorDeOutroTenantNaoEhEncontrado() {
        projecao.on(cadastrado("Ana Souza"));

        assertThat(cadastros.buscar(TenantId.novo(), clienteId)).isEmpty();
    }

    @Test
    void pdfBaixadoEhPreferidoAoGeradoMaisNovoEAnexoRepetidoNaoDuplica() {
        projecao.on(registrado());
        projecao.on(registrado());
        PdfArmazenado baixado = armazem.guardar(tenant, pdf("portal"), "ANA_MARCO.pdf", OrigemPdf.BAIXADO);
        PdfArmazenado gerado = armazem.guardar(tenant, pdf("gerado"), "gerado.pdf", OrigemPdf.GERADO);

        projecao.on(anexado(baixado), Instant.parse("2026-03-01T10:00:00Z"));
        projecao.on(anexado(gerado), Instant.parse("2026-03-02T10:00:00Z"));
        projecao.on(anexado(gerado), Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(documentos.pdfPreferido(tenant, boletoId)).contains(baixado);
        assertThat(documentos.pdfPreferido(TenantId.novo(), boletoId)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM documento_boleto_pdf WHERE boleto_id = ?", Integer.class,
                boletoId.valor())).isEqualTo(2);
        assertThat(documentos.buscar(boletoId).orElseThrow().valor()).isEqualTo(TestData.VALOR);
    }

    @Test
    void mesmoPdfGuardadoDuasVezesFicaUmaVezComOPrimeiroNome() {
        byte[] conteudo = pdf("mesmo");

        PdfArmazenado primeiro = armazem.guardar(tenant, conteudo, "PRIMEIRO.pdf", OrigemPdf.BAIXADO);
        PdfArmazenado segundo = armazem.guardar(tenant, conteudo, "SEGUNDO.pdf", OrigemPdf.BAIXADO);

        assertThat(segundo).isEqualTo(primeiro);
        assertThat(primeiro.nomeArquivo()).isEqualTo("PRIMEIRO.pdf");
        assertThat(primeiro.sha256()).isEqualTo(ArmazemDePdf.sha256(conteudo)).hasSize(64);
        assertThat(primeiro.local()).isEqualTo("documento_pdf:" + primeiro.sha256());
        assertThat(armazem.conteudo(tenant, primeiro.sha256().toUpperCase())).contains(conteudo);
        assertThat(armazem.conteudo(TenantId.novo(), primeiro.sha256())).isEmpty();
    }

    @Test
    void armazemRecusaOQueNaoEhPdf() {
        assertThatThrownBy(() -> armazem.guardar(tenant, "<html>".getBytes(StandardCharsets.UTF_8), "x.pdf",
                OrigemPdf.BAIXADO)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PDF_INVALIDO"));
    }

    @Test
    void efeitoSoEhReivindicadoUmaVez() {
        assertThat(documentos.registrarEfeito(boletoId, DocumentosDeBoleto.Efeito.GERACAO, "", Instant.now())).isTrue();
        assertThat(documentos.registrarEfeito(boletoId, DocumentosDeBoleto.Efeito.GERACAO, "", Instant.now())).isFalse();
    }

    private static byte[] pdf(String marca) {
        return ("%PDF-1.4\n% " + marca + " " + System.nanoTime() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
    }

    private ClienteCadastrado cadastrado(String nome) {
        return new ClienteCadastrado(clienteId, tenant, TestData.CPF, nome, TestData.TELEFONE, null,
                new Endereco("Rua A", "1", null, "Centro", "Campinas", "SP", "13000-000"),
                new DadosConsorcio("1234", "56", null, null, "Centro"), null);
    }

    private BoletoRegistrado registrado() {
        return new BoletoRegistrado(boletoId, tenant, clienteId, OrigemBoleto.CANOPUS, "1", TestData.LINHA,
                TestData.CODIGO, TestData.VALOR, TestData.VENCIMENTO, 1, YearMonth.of(2026, 3), null);
    }

    private BoletoPdfAnexado anexado(PdfArmazenado pdf) {
        return new BoletoPdfAnexado(boletoId, tenant, pdf.sha256(), pdf.tamanho(), pdf.local());
    }
}
