package br.com.nexus.query.cliente;

import static br.com.nexus.query.teste.Dados.boletoRegistrado;
import static br.com.nexus.query.teste.Dados.clienteCadastrado;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.cliente.ClienteInativado;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.WhatsappOptInRegistrado;
import br.com.nexus.kernel.cliente.WhatsappOptOutRegistrado;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.cliente.BuscarClienteQuery;
import br.com.nexus.kernel.consulta.cliente.ClienteDetalhe;
import br.com.nexus.kernel.consulta.cliente.ClienteResumo;
import br.com.nexus.kernel.consulta.cliente.ListarClientesQuery;
import br.com.nexus.kernel.consulta.cliente.PaginaDeClientes;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.query.boleto.BoletosProjection;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Historia;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;

class ClientesProjectionTest {

    private final ClientesProjection projecao = new ClientesProjection(BancoDeTeste.jdbc(), SimpleQueryUpdateEmitter.builder().build());
    private final BoletosProjection boletos = new BoletosProjection(BancoDeTeste.jdbc());
    private final Historia historia = new Historia();
    private final TenantId tenant = TenantId.novo();

    @Test
    void listaMostraCpfMascaradoEDetalheMostraCompleto() {
        ClienteId cliente = cadastrar("Ana Paula");

        ClienteResumo resumo = listar(null).items().get(0);
        ClienteDetalhe detalhe = detalhe(cliente);

        assertThat(resumo.cpfMascarado()).isEqualTo("***.444.777-**");
        assertThat(resumo.whatsapp()).isEqualTo("+5511987654321");
        assertThat(resumo.pontoDeVenda()).isEqualTo("Loja Centro");
        assertThat(detalhe.cpf()).isEqualTo("111.444.777-35");
        assertThat(detalhe.endereco().cidade()).isEqualTo("São Paulo");
        assertThat(detalhe.consorcio().grupo()).isEqualTo("G-100");
        assertThat(detalhe.ativo()).isTrue();
        assertThat(detalhe.importado()).isFalse();
    }

    @Test
    void detalheResumeOsBoletosEmAberto() {
        ClienteId cliente = cadastrar("Bruno");
        BoletoId aberto = BoletoId.novo();
        BoletoId pago = BoletoId.novo();
        historia.aplicar(aberto, boletoRegistrado(tenant, aberto, cliente, 15_050, LocalDate.of(2026, 4, 10)), boletos);
        historia.aplicar(pago, boletoRegistrado(tenant, pago, cliente, 20_000, LocalDate.of(2026, 3, 10)), boletos);
        historia.aplicar(pago, new BoletoPago(pago, tenant, PagamentoId.novo()), boletos);

        ClienteDetalhe detalhe = detalhe(cliente);

        assertThat(detalhe.boletos()).isEqualTo(2);
        assertThat(detalhe.boletosEmAberto()).isEqualTo(1);
        assertThat(detalhe.valorEmAberto()).hasToString("150.50");
    }

    @Test
    void aplicaAtualizacaoOptOutEInativacao() {
        ClienteId cliente = cadastrar("Carlos");
        historia.aplicar(cliente, new ClienteAtualizado(cliente, tenant, "Carlos Alberto",
                TelefoneWhatsapp.of("21 99876-5432"), "carlos@exemplo.com", null,
                new DadosConsorcio("G-7", null, null, "Rita", "Loja Norte")), projecao);
        historia.aplicar(cliente, new WhatsappOptOutRegistrado(cliente, tenant, "pediu"), projecao);
        historia.aplicar(cliente, new ClienteInativado(cliente, tenant, "contrato encerrado"), projecao);

        ClienteDetalhe detalhe = detalhe(cliente);

        assertThat(detalhe.nome()).isEqualTo("Carlos Alberto");
        assertThat(detalhe.whatsapp()).isEqualTo("+5521998765432");
        assertThat(detalhe.consorcio().pontoDeVenda()).isEqualTo("Loja Norte");
        assertThat(detalhe.whatsappOptOut()).isTrue();
        assertThat(detalhe.ativo()).isFalse();
        assertThat(detalhe.motivoInativacao()).isEqualTo("contrato encerrado");

        historia.aplicar(cliente, new WhatsappOptInRegistrado(cliente, tenant), projecao);
        assertThat(detalhe(cliente).whatsappOptOut()).isFalse();
    }

    @Test
    void mesmoEventoDuasVezesNaoMudaNada() {
        ClienteId cliente = ClienteId.novo();
        DomainEventMessage<?> cadastro = historia.aplicar(cliente, clienteCadastrado(tenant, cliente, "Dora"), projecao);
        DomainEventMessage<?> optOut = historia.aplicar(cliente,
                new WhatsappOptOutRegistrado(cliente, tenant, "pediu"), projecao);
        historia.aplicar(cliente, new WhatsappOptInRegistrado(cliente, tenant), projecao);
        ClienteDetalhe antes = detalhe(cliente);

        historia.avancar(Duration.ofDays(1));
        Historia.reaplicar(cadastro, projecao);
        Historia.reaplicar(optOut, projecao);

        assertThat(detalhe(cliente)).isEqualTo(antes);
        assertThat(antes.whatsappOptOut()).isFalse();
        assertThat(listar(null).total()).isEqualTo(1);
    }

    @Test
    void importadoFicaMarcado() {
        ClienteId cliente = ClienteId.novo();
        historia.aplicar(cliente, new ClienteImportado(cliente, tenant, Cpf.of("529.982.247-25"), "Edu",
                null, null, null, null), projecao);

        ClienteDetalhe detalhe = detalhe(cliente);

        assertThat(detalhe.importado()).isTrue();
        assertThat(detalhe.whatsapp()).isNull();
    }

    @Test
    void buscaPorNomeOuDigitosDoCpfEFiltraPorAtivo() {
        cadastrar("Fernanda Dias");
        ClienteId gil = cadastrar("Gil Dias");
        historia.aplicar(gil, new ClienteInativado(gil, tenant, "saiu"), projecao);

        assertThat(listar("dias").total()).isEqualTo(2);
        assertThat(listar("444.777").total()).isEqualTo(2);
        assertThat(listar("fern").items()).extracting(ClienteResumo::nome).containsExactly("Fernanda Dias");
        PaginaDeClientes ativos = projecao.handle(new ListarClientesQuery(tenant, null, null, null, true, null, 0, 10));
        assertThat(ativos.items()).extracting(ClienteResumo::nome).containsExactly("Fernanda Dias");
    }

    @Test
    void buscaIgnoraAcentosEMaiusculas() {
        cadastrar("José da Conceição");
        cadastrar("JOÃO ÁVILA");

        assertThat(listar("jose").items()).extracting(ClienteResumo::nome).containsExactly("José da Conceição");
        assertThat(listar("conceicao").total()).isEqualTo(1);
        assertThat(listar("CONCEIÇÃO").total()).isEqualTo(1);
        assertThat(listar("joao avila").items()).extracting(ClienteResumo::nome).containsExactly("JOÃO ÁVILA");
        assertThat(listar("josé").total()).isEqualTo(1);
        assertThat(listar("100%").total()).isZero();
    }

    @Test
    void clienteDeOutroTenantNaoEhEncontrado() {
        ClienteId cliente = cadastrar("Helena");

        assertThat(projecao.handle(new BuscarClienteQuery(TenantId.novo(), cliente))).isEmpty();
    }

    private ClienteId cadastrar(String nome) {
        ClienteId cliente = ClienteId.novo();
        historia.aplicar(cliente, clienteCadastrado(tenant, cliente, nome), projecao);
        return cliente;
    }

    private ClienteDetalhe detalhe(ClienteId cliente) {
        return projecao.handle(new BuscarClienteQuery(tenant, cliente)).orElseThrow();
    }

    private PaginaDeClientes listar(String busca) {
        return projecao.handle(new ListarClientesQuery(tenant, busca, null, null, null, null, 0, 50));
    }
}
