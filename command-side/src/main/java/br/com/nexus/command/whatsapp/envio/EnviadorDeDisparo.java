package br.com.nexus.command.whatsapp.envio;

import static br.com.nexus.command.whatsapp.envio.MotivosDeFalha.erro;

import br.com.nexus.command.comum.HistoricoDeAgregados;
import br.com.nexus.command.comum.HistoricoDeAgregados.BoletoConhecido;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import br.com.nexus.command.whatsapp.InstanciasWhatsapp;
import br.com.nexus.command.whatsapp.WhatsappProperties;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.DadosDisparo;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.Reivindicacao;
import br.com.nexus.command.whatsapp.evolution.ConexaoEvolution;
import br.com.nexus.command.whatsapp.evolution.EstadoConexao;
import br.com.nexus.command.whatsapp.evolution.FalhaEvolution;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import br.com.nexus.command.whatsapp.evolution.MensagemEnviada;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes one attempt: checks what may have changed since the request (opt-out, the tenant's
 * integration, the instance's connection), waits for a boleto PDF still being rendered
 * ({@link PdfAguardado}), resolves the cliente's real JID, and sends the text or the PDF with the
 * text as caption. Every outcome is a {@link Resultado}; nothing escapes as an exception, so one
 * bad dispatch never stops the others.
 */
@Component
class EnviadorDeDisparo {

    private static final Logger log = LoggerFactory.getLogger(EnviadorDeDisparo.class);

    /** A tenant that has not configured WhatsApp yet gets this long before its dispatches fail. */
    static final Duration ESPERA_CONFIGURACAO = Duration.ofHours(24);
    static final Duration REVER_CONFIGURACAO = Duration.ofMinutes(5);

    private final ConfiguracoesEvolution configuracoes;
    private final HistoricoDeAgregados historico;
    private final GatewayEvolution gateway;
    private final Jids jids;
    private final LeitorDeAnexo anexos;
    private final InstanciasWhatsapp instancias;
    private final Duration esperaPdf;

    EnviadorDeDisparo(ConfiguracoesEvolution configuracoes, HistoricoDeAgregados historico, GatewayEvolution gateway,
            Jids jids, LeitorDeAnexo anexos, InstanciasWhatsapp instancias, WhatsappProperties propriedades) {
        this.configuracoes = configuracoes;
        this.historico = historico;
        this.gateway = gateway;
        this.jids = jids;
        this.anexos = anexos;
        this.instancias = instancias;
        this.esperaPdf = propriedades.esperaPdf();
    }

    Resultado enviar(Reivindicacao reivindicacao, Instant agora) {
        DadosDisparo disparo = reivindicacao.disparo();
        Optional<ConexaoEvolution> conexao = configuracoes.doTenant(disparo.tenantId())
                .flatMap(ConfiguracaoEvolution::conexao);
        if (conexao.isEmpty()) {
            if (agora.isAfter(disparo.solicitadoEm().plus(ESPERA_CONFIGURACAO))) {
                return new Resultado.Falhou(erro(MotivosDeFalha.INTEGRACAO_NAO_CONFIGURADA,
                        "WhatsApp (Evolution API) não foi configurado para a empresa"), false);
            }
            return new Resultado.Adiado(agora.plus(REVER_CONFIGURACAO), "integração WhatsApp não configurada");
        }
        if (disparo.clienteId() != null && historico.cliente(disparo.clienteId(), disparo.tenantId())
                .map(HistoricoDeAgregados.ClienteConhecido::optOut).orElse(false)) {
            return new Resultado.Falhou(erro(MotivosDeFalha.OPT_OUT, "cliente pediu para não receber WhatsApp"),
                    false);
        }
        TelefoneWhatsapp telefone;
        try {
            telefone = TelefoneWhatsapp.of(disparo.destino());
        } catch (DomainException e) {
            return new Resultado.Falhou(erro(MotivosDeFalha.DESTINO_INVALIDO, e.getMessage()), false);
        }
        String anexo = disparo.anexo();
        if (PdfAguardado.em(anexo)) {
            anexo = historico.boleto(disparo.boletoId(), disparo.tenantId()).map(BoletoConhecido::pdfLocal)
                    .orElse(null);
            Instant fimDaEspera = disparo.solicitadoEm().plus(esperaPdf);
            if (anexo == null && agora.isBefore(fimDaEspera)) {
                return new Resultado.Adiado(fimDaEspera, "aguardando o PDF do boleto");
            }
            if (anexo == null) {
                log.warn("Boleto {} still has no PDF {} after dispatch {} was requested; sending the text alone",
                        disparo.boletoId(), esperaPdf, disparo.disparoId());
            }
        }
        try {
            return enviar(reivindicacao, conexao.get(), telefone, anexo, agora);
        } catch (FalhaEvolution falha) {
            return classificar(falha, disparo);
        }
    }

    private Resultado enviar(Reivindicacao reivindicacao, ConexaoEvolution conexao, TelefoneWhatsapp telefone,
            String anexoDoDisparo, Instant agora) {
        DadosDisparo disparo = reivindicacao.disparo();
        EstadoConexao estado;
        try {
            estado = gateway.estado(conexao);
        } catch (FalhaEvolution falha) {
            if (falha.transitoria()) {
                // Only the state was asked: nothing went out whatever the failure was.
                return new Resultado.SemConexao(erroTransitorio(falha), false);
            }
            throw falha;
        }
        instancias.registrarEstado(disparo.tenantId(), conexao.instancia(), estado.estado(), null, agora);
        if (!estado.aberta()) {
            return new Resultado.SemConexao(erro(MotivosDeFalha.INSTANCIA_DESCONECTADA,
                    "instância desconectada (estado " + estado.estado() + ")"), true);
        }
        Optional<String> jid = jids.resolver(gateway, conexao, disparo.tenantId(), disparo.clienteId(), telefone);
        if (jid.isEmpty()) {
            return numeroSemWhatsapp();
        }
        MensagemEnviada enviada;
        if (anexoDoDisparo != null && !anexoDoDisparo.isBlank()) {
            Optional<LeitorDeAnexo.Anexo> anexo = anexos.ler(disparo.tenantId(), disparo.boletoId(), anexoDoDisparo);
            if (anexo.isEmpty()) {
                return new Resultado.Falhou(erro(MotivosDeFalha.ANEXO_INDISPONIVEL, "PDF do boleto não encontrado"),
                        false);
            }
            enviada = gateway.enviarDocumento(conexao, jid.get(), anexo.get().conteudo(), anexo.get().nomeArquivo(),
                    disparo.mensagem(), reivindicacao.digitacao());
        } else {
            enviada = gateway.enviarTexto(conexao, jid.get(), disparo.mensagem(), reivindicacao.digitacao());
        }
        return new Resultado.Enviado(enviada);
    }

    private Resultado classificar(FalhaEvolution falha, DadosDisparo disparo) {
        if (falha.semConexao()) {
            return new Resultado.SemConexao(erroTransitorio(falha), false);
        }
        return switch (falha.tipo()) {
            case TRANSITORIA -> new Resultado.Falhou(erroTransitorio(falha), true);
            case NUMERO_SEM_WHATSAPP -> {
                jids.esquecer(disparo.tenantId(), disparo.clienteId());
                yield numeroSemWhatsapp();
            }
            case NAO_AUTORIZADO -> new Resultado.Falhou(erro(MotivosDeFalha.CREDENCIAL_RECUSADA, falha.getMessage()),
                    true);
            case INSTANCIA_INEXISTENTE -> new Resultado.Falhou(erro(MotivosDeFalha.INSTANCIA_INEXISTENTE,
                    falha.getMessage()), true);
            case NOME_EM_USO, REJEITADA -> new Resultado.Falhou(erro(MotivosDeFalha.ENVIO_RECUSADO,
                    falha.getMessage()), false);
        };
    }

    private static String erroTransitorio(FalhaEvolution falha) {
        return falha instanceof GatewayEvolution.CircuitoAberto
                ? erro(MotivosDeFalha.CIRCUITO_ABERTO, falha.getMessage())
                : erro(MotivosDeFalha.GATEWAY_INDISPONIVEL, falha.getMessage());
    }

    private static Resultado numeroSemWhatsapp() {
        return new Resultado.Falhou(erro(MotivosDeFalha.NUMERO_SEM_WHATSAPP, "número sem WhatsApp"), false);
    }
}
