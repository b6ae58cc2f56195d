package br.com.nexus.app.console;

import br.com.nexus.kernel.cobranca.EtapaRegua;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.comum.DomainException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The régua editor's form read into a régua, not yet validated (the régua's own rules do that, as
 * for the API). Steps are rows {@code etapas[i].nome/dias/modeloId/ativo}; a row left blank is no step.
 */
final class FormularioDaRegua {

    /** Blank rows offered under the régua's steps, for new ones. */
    static final int LINHAS_NOVAS = 2;
    private static final int LINHAS_MAXIMAS = ReguaDeCobranca.ETAPAS_MAXIMAS + LINHAS_NOVAS;

    private FormularioDaRegua() {
    }

    static ReguaDeCobranca ler(MultiValueMap<String, String> formulario) {
        List<EtapaRegua> etapas = new ArrayList<>();
        for (int i = 0; i < LINHAS_MAXIMAS; i++) {
            String nome = campo(formulario, "etapas[" + i + "].nome");
            String dias = campo(formulario, "etapas[" + i + "].dias");
            if (nome.isEmpty() && dias.isEmpty()) {
                continue;
            }
            String modelo = campo(formulario, "etapas[" + i + "].modeloId");
            etapas.add(new EtapaRegua(nome, inteiro(dias, "etapa " + (i + 1) + ": dias relativos ao vencimento"),
                    modelo.isEmpty() ? null : uuid(modelo), formulario.containsKey("etapas[" + i + "].ativo")));
        }
        return new ReguaDeCobranca(etapas,
                hora(campo(formulario, "janelaInicio"), "início da janela de envio"),
                hora(campo(formulario, "janelaFim"), "fim da janela de envio"),
                formulario.containsKey("somenteDiasUteis"),
                formulario.containsKey("pularFeriados"),
                inteiro(campo(formulario, "espacamentoMinimoHoras"), "espaçamento mínimo"),
                inteiro(campo(formulario, "diasParaVencido"), "dias após o vencimento para considerar vencido"));
    }

    private static String campo(MultiValueMap<String, String> formulario, String nome) {
        String valor = formulario.getFirst(nome);
        return valor == null ? "" : valor.strip();
    }

    private static int inteiro(String valor, String campo) {
        try {
            return Integer.parseInt(valor);
        } catch (NumberFormatException e) {
            throw invalida(campo + ": informe um número inteiro");
        }
    }

    private static LocalTime hora(String valor, String campo) {
        try {
            return LocalTime.parse(valor);
        } catch (DateTimeParseException e) {
            throw invalida(campo + ": informe a hora como HH:MM");
        }
    }

    private static UUID uuid(String valor) {
        try {
            return UUID.fromString(valor);
        } catch (IllegalArgumentException e) {
            throw invalida("modelo de mensagem desconhecido");
        }
    }

    private static DomainException invalida(String problema) {
        return DomainException.invalido("REGUA_INVALIDA", "Régua inválida: " + problema);
    }
}
