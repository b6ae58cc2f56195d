package br.com.nexus.app.demo.semeadura;

import br.com.nexus.app.demo.semeadura.DadosDaDemo.Pessoa;
import br.com.nexus.app.seguranca.UsuariosDeDemonstracao.EmpresaDeDemonstracao;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.lead.AgendarLeadCommand;
import br.com.nexus.kernel.lead.CapturarLeadCommand;
import br.com.nexus.kernel.lead.ContatarLeadCommand;
import br.com.nexus.kernel.lead.ConverterLeadCommand;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.lead.PerderLeadCommand;
import br.com.nexus.kernel.lead.QualificarLeadCommand;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's sales funnel: leads from several origins at every stage, one lost and one converted
 * (the conversion registers its cliente through the lead → cliente policy, as in production).
 */
@Component
@Profile("demo")
class FunilDaDemo {

    private final ComandosDaDemo comandos;

    FunilDaDemo(ComandosDaDemo comandos) {
        this.comandos = comandos;
    }

    void semear(EmpresaDeDemonstracao empresa, DadosDaDemo dados) {
        capturar(empresa, dados.pessoa("Beatriz Almeida"), OrigemLead.INSTAGRAM,
                "Consórcio de automóvel, carta de R$ 80 mil");
        capturar(empresa, dados.pessoa("Rafael Souza"), OrigemLead.SITE, "Consórcio de imóvel até R$ 300 mil");
        LeadId camila = capturar(empresa, dados.pessoa("Camila Nascimento"), OrigemLead.WHATSAPP,
                "Consórcio de moto");
        contatar(empresa, camila, "Respondeu pelo WhatsApp e pediu uma simulação");
        LeadId lucas = capturar(empresa, dados.pessoa("Lucas Barbosa"), OrigemLead.INDICACAO,
                "Consórcio de imóvel, carta de R$ 250 mil");
        contatar(empresa, lucas, "Indicado pela cliente Maria Aparecida");
        qualificar(empresa, lucas, "Renda comprovada; pretende dar lance de 20%");
        LeadId fernanda = capturar(empresa, dados.pessoa("Fernanda Ribeiro"), OrigemLead.FACEBOOK,
                "Consórcio de serviços para reforma");
        contatar(empresa, fernanda, "Ligação de apresentação");
        qualificar(empresa, fernanda, "Perfil aprovado");
        comandos.enviar(empresa, new AgendarLeadCommand(fernanda, empresa.tenantId(),
                LocalDate.now(CarteiraDaDemo.FUSO).plusDays(1).atTime(LocalTime.of(14, 0))
                        .atZone(CarteiraDaDemo.FUSO).toInstant(),
                "Apresentação do plano no ponto de venda"));
        LeadId gustavo = capturar(empresa, dados.pessoa("Gustavo Martins"), OrigemLead.GOOGLE,
                "Consórcio de automóvel");
        contatar(empresa, gustavo, "Pediu comparação com financiamento");
        comandos.enviar(empresa, new PerderLeadCommand(gustavo, empresa.tenantId(),
                "Optou por financiamento bancário"));
        Pessoa patricia = dados.pessoa("Patrícia Gomes");
        LeadId convertida = capturar(empresa, patricia, OrigemLead.PRESENCIAL, "Consórcio de imóvel");
        contatar(empresa, convertida, "Visitou o ponto de venda");
        qualificar(empresa, convertida, "Documentação conferida");
        comandos.enviar(empresa, new ConverterLeadCommand(convertida, empresa.tenantId(), ClienteId.novo(),
                patricia.cpf()));
    }

    private LeadId capturar(EmpresaDeDemonstracao empresa, Pessoa pessoa, OrigemLead origem, String interesse) {
        LeadId id = LeadId.novo();
        comandos.enviar(empresa, new CapturarLeadCommand(id, empresa.tenantId(), pessoa.nome(),
                new Telefone(pessoa.whatsapp().numero(), pessoa.whatsapp().original()),
                pessoa.email(), origem, interesse));
        return id;
    }

    private void contatar(EmpresaDeDemonstracao empresa, LeadId lead, String observacao) {
        comandos.enviar(empresa, new ContatarLeadCommand(lead, empresa.tenantId(), observacao));
    }

    private void qualificar(EmpresaDeDemonstracao empresa, LeadId lead, String observacao) {
        comandos.enviar(empresa, new QualificarLeadCommand(lead, empresa.tenantId(), observacao));
    }
}
