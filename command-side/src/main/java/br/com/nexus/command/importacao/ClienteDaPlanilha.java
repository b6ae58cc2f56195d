package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import java.util.regex.Pattern;

/**
 * One valid row, normalized: CPF as 11 digits, WhatsApp as E.164 (null when the cell is empty),
 * texts trimmed with inner spaces collapsed, empty cells null.
 */
record ClienteDaPlanilha(int linha, Cpf cpf, String nome, TelefoneWhatsapp whatsapp, String grupo, String cota,
                         String pontoDeVenda) {

    static final int MAXIMO_NOME = 200;
    static final int MAXIMO_CAMPO = 60;
    private static final Pattern ESPACOS = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern SEPARADORES_DE_CPF = Pattern.compile("[.\\-/\\s\\u00a0]");
    private static final Pattern SO_DIGITOS = Pattern.compile("\\d+");

    /**
     * Normalizes one row.
     *
     * @throws DomainException with the reason the row is rejected, in words for the person who fixes the sheet
     */
    static ClienteDaPlanilha de(Planilha planilha, LinhaPlanilha linha) {
        String cpfTexto = planilha.valor(linha, ColunaPlanilha.CPF);
        if (cpfTexto == null) {
            throw rejeicao("CPF em branco");
        }
        Cpf cpf = cpf(cpfTexto);
        String nome = texto(planilha.valor(linha, ColunaPlanilha.NOME));
        if (nome == null) {
            throw rejeicao("Nome em branco");
        }
        if (nome.length() > MAXIMO_NOME) {
            throw rejeicao("Nome com mais de " + MAXIMO_NOME + " caracteres");
        }
        String whatsappTexto = texto(planilha.valor(linha, ColunaPlanilha.WHATSAPP));
        TelefoneWhatsapp whatsapp;
        try {
            whatsapp = whatsappTexto == null ? null : TelefoneWhatsapp.of(whatsappTexto);
        } catch (DomainException e) {
            throw rejeicao("WhatsApp inválido (" + e.getMessage() + ")");
        }
        return new ClienteDaPlanilha(linha.numero(), cpf, nome, whatsapp,
                campo(planilha.valor(linha, ColunaPlanilha.GRUPO), "Grupo"),
                campo(planilha.valor(linha, ColunaPlanilha.COTA), "Cota"),
                campo(planilha.valor(linha, ColunaPlanilha.PONTO_DE_VENDA), "Ponto de venda"));
    }

    /** Accepts {@code 111.444.777-35}, {@code 11144477735}, and a CPF whose leading zeros a spreadsheet dropped. */
    static Cpf cpf(String texto) {
        String limpo = SEPARADORES_DE_CPF.matcher(texto).replaceAll("");
        if (SO_DIGITOS.matcher(limpo).matches() && limpo.length() >= 9 && limpo.length() < 11) {
            limpo = "0".repeat(11 - limpo.length()) + limpo;
        }
        try {
            return Cpf.of(limpo);
        } catch (DomainException e) {
            throw rejeicao("CPF inválido (" + e.getMessage() + ")");
        }
    }

    static String texto(String valor) {
        if (valor == null) {
            return null;
        }
        String limpo = ESPACOS.matcher(valor).replaceAll(" ").strip();
        return limpo.isEmpty() ? null : limpo;
    }

    private static String campo(String valor, String rotulo) {
        String limpo = texto(valor);
        if (limpo != null && limpo.length() > MAXIMO_CAMPO) {
            throw rejeicao(rotulo + " com mais de " + MAXIMO_CAMPO + " caracteres");
        }
        return limpo;
    }

    private static DomainException rejeicao(String motivo) {
        return DomainException.invalido("LINHA_REJEITADA", motivo);
    }
}
