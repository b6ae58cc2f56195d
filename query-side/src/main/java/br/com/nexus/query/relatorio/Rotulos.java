package br.com.nexus.query.relatorio;

import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.disparo.StatusDisparo;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.StatusPagamento;

/** The words an operator uses for the system's states, in the monthly report and the console. */
public final class Rotulos {

    private Rotulos() {
    }

    public static String de(EtapaLead etapa) {
        return switch (etapa) {
            case CAPTURADO -> "Captado";
            case CONTATADO -> "Contatado";
            case QUALIFICADO -> "Qualificado";
            case AGENDADO -> "Visita agendada";
            case CONVERTIDO -> "Virou cliente";
            case PERDIDO -> "Perdido";
        };
    }

    public static String de(SituacaoBoleto situacao) {
        return switch (situacao) {
            case PENDENTE -> "A vencer";
            case VENCIDO -> "Vencido";
            case PAGO -> "Pago";
            case CANCELADO -> "Cancelado";
        };
    }

    public static String de(StatusPagamento status) {
        return switch (status) {
            case PENDENTE -> "Aguardando";
            case CONFIRMADO -> "Confirmado";
            case RECUSADO -> "Recusado";
            case ESTORNADO -> "Estornado";
        };
    }

    public static String de(MetodoPagamento metodo) {
        if (metodo == null) {
            return "Não informado";
        }
        return switch (metodo) {
            case PIX -> "Pix";
            case BOLETO -> "Boleto";
            case CARTAO -> "Cartão";
            case DINHEIRO -> "Dinheiro";
        };
    }

    public static String de(Provedor provedor) {
        if (provedor == null) {
            return "—";
        }
        return switch (provedor) {
            case ASAAS -> "Asaas";
            case EFI -> "Efí";
            case MANUAL -> "Manual";
        };
    }

    public static String de(StatusDisparo status) {
        return switch (status) {
            case SOLICITADO -> "Na fila";
            case FALHOU -> "Falhou (nova tentativa)";
            case ENVIADO -> "Enviado";
            case ENTREGUE -> "Entregue";
            case LIDO -> "Lido";
            case ABANDONADO -> "Abandonado";
        };
    }
}
