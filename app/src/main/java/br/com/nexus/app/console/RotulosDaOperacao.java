package br.com.nexus.app.console;

import br.com.nexus.kernel.download.MotivoInterrupcao;
import br.com.nexus.kernel.download.ResultadoDownload;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
import br.com.nexus.kernel.lead.OrigemLead;
import org.springframework.stereotype.Component;

/** Operator words for leads and portal downloads ({@code @operacao} in templates). */
@Component("operacao")
public class RotulosDaOperacao {

    public String origem(OrigemLead origem) {
        return switch (origem) {
            case WHATSAPP -> "WhatsApp";
            case INSTAGRAM -> "Instagram";
            case FACEBOOK -> "Facebook";
            case GOOGLE -> "Google";
            case SITE -> "Site";
            case INDICACAO -> "Indicação";
            case TELEFONE -> "Telefone";
            case PRESENCIAL -> "Presencial";
            case OUTRO -> "Outra";
        };
    }

    /** {@code +5511987654321} as people write it: (11) 98765-4321. */
    public String telefone(String e164) {
        if (e164 == null || !e164.matches("\\+55\\d{10,11}")) {
            return e164 == null ? "—" : e164;
        }
        String ddd = e164.substring(3, 5);
        String numero = e164.substring(5);
        int meio = numero.length() - 4;
        return "(" + ddd + ") " + numero.substring(0, meio) + "-" + numero.substring(meio);
    }

    public String resultado(ResultadoDownload resultado) {
        return switch (resultado) {
            case SUCESSO -> "Boleto baixado";
            case ERRO -> "Erro";
            case CPF_NAO_ENCONTRADO -> "CPF não encontrado no portal";
            case SEM_BOLETO -> "Sem boleto a emitir";
        };
    }

    /** How a run stands: still running, or how it ended and why. */
    public String situacao(SituacaoExecucaoDownload situacao, MotivoInterrupcao motivo) {
        if (situacao == null) {
            return "Em andamento";
        }
        return switch (situacao) {
            case CONCLUIDA -> "Concluída";
            case EXPIRADA -> "Expirada: nenhum progresso por tempo demais";
            case INTERROMPIDA -> "Interrompida" + (motivo == null ? "" : ": " + motivo(motivo));
        };
    }

    private static String motivo(MotivoInterrupcao motivo) {
        return switch (motivo) {
            case CAPTCHA -> "o portal pediu CAPTCHA";
            case BLOQUEIO -> "o portal bloqueou o acesso";
            case CREDENCIAIS_RECUSADAS -> "o portal recusou usuário e senha";
            case INTEGRACAO_NAO_CONFIGURADA -> "integração com o portal não configurada";
            case FALHA_NO_NAVEGADOR -> "falha no navegador";
            case FALHA_INTERNA -> "falha interna ao registrar os resultados";
        };
    }
}
