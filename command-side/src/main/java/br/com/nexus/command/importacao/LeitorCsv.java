package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as offices export it: separated by {@code ;} (Excel in Brazil) or {@code ,}, in UTF-8 (with or
 * without BOM) or Windows-1252 (Excel's "CSV" on Windows); fields may be quoted with {@code "},
 * quotes doubled inside, line breaks inside quotes allowed (RFC 4180).
 */
final class LeitorCsv {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int LINHAS_PARA_SEPARADOR = 10;

    private LeitorCsv() {
    }

    /** Reads non-blank rows, stopping once there are more than {@code limiteLinhas}: the caller refuses the file. */
    static List<LinhaPlanilha> ler(byte[] conteudo, int limiteLinhas) {
        String texto = decodificar(conteudo);
        if (texto.indexOf('\0') >= 0) {
            throw DomainException.invalido("ARQUIVO_INVALIDO", "Arquivo binário: envie .xlsx, .xls ou .csv");
        }
        char separador = separador(texto);
        List<LinhaPlanilha> linhas = new ArrayList<>();
        List<String> celulas = new ArrayList<>();
        StringBuilder campo = new StringBuilder();
        boolean entreAspas = false;
        boolean campoComAspas = false;
        int numero = 1;
        int inicioDoRegistro = 1;
        int i = 0;
        while (i < texto.length()) {
            char c = texto.charAt(i);
            if (entreAspas) {
                if (c == '"') {
                    if (i + 1 < texto.length() && texto.charAt(i + 1) == '"') {
                        campo.append('"');
                        i++;
                    } else {
                        entreAspas = false;
                    }
                } else {
                    if (c == '\n') {
                        numero++;
                    }
                    campo.append(c);
                }
            } else if (c == '"' && campo.toString().isBlank() && !campoComAspas) {
                entreAspas = true;
                campoComAspas = true;
                campo.setLength(0);
            } else if (c == separador) {
                celulas.add(campo.toString().strip());
                campo.setLength(0);
                campoComAspas = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < texto.length() && texto.charAt(i + 1) == '\n') {
                    i++;
                }
                celulas.add(campo.toString().strip());
                adicionar(linhas, new LinhaPlanilha(inicioDoRegistro, celulas));
                celulas = new ArrayList<>();
                campo.setLength(0);
                campoComAspas = false;
                numero++;
                inicioDoRegistro = numero;
                if (linhas.size() > limiteLinhas) {
                    return linhas;
                }
            } else if (!campoComAspas) {
                campo.append(c);
            } else if (!Character.isWhitespace(c)) {
                throw DomainException.invalido("ARQUIVO_INVALIDO",
                        "CSV malformado na linha " + numero + ": texto depois de um campo entre aspas");
            }
            i++;
        }
        if (entreAspas) {
            throw DomainException.invalido("ARQUIVO_INVALIDO",
                    "CSV malformado: aspas abertas na linha " + inicioDoRegistro + " não foram fechadas");
        }
        if (campo.length() > 0 || !celulas.isEmpty()) {
            celulas.add(campo.toString().strip());
            adicionar(linhas, new LinhaPlanilha(inicioDoRegistro, celulas));
        }
        return linhas;
    }

    private static void adicionar(List<LinhaPlanilha> linhas, LinhaPlanilha linha) {
        if (!linha.vazia()) {
            linhas.add(linha);
        }
    }

    /**
     * UTF-16 when a BOM says so; UTF-8 when the bytes are valid UTF-8 (a Windows-1252 accent almost
     * never is); else Windows-1252.
     */
    static String decodificar(byte[] conteudo) {
        if (conteudo.length >= 2 && ((conteudo[0] & 0xFF) == 0xFF && (conteudo[1] & 0xFF) == 0xFE
                || (conteudo[0] & 0xFF) == 0xFE && (conteudo[1] & 0xFF) == 0xFF)) {
            return new String(conteudo, StandardCharsets.UTF_16);
        }
        int inicio = conteudo.length >= 3 && (conteudo[0] & 0xFF) == 0xEF && (conteudo[1] & 0xFF) == 0xBB
                && (conteudo[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(conteudo, inicio, conteudo.length - inicio);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(conteudo, inicio, conteudo.length - inicio, WINDOWS_1252);
        }
    }

    /**
     * Whichever of ; , or tab appears most outside quotes in the first lines (a title line above the
     * header may have none).
     */
    static char separador(String texto) {
        int pontoEVirgula = 0;
        int virgula = 0;
        int tab = 0;
        int linhas = 0;
        boolean entreAspas = false;
        for (int i = 0; i < texto.length() && linhas < LINHAS_PARA_SEPARADOR; i++) {
            char c = texto.charAt(i);
            if (c == '"') {
                entreAspas = !entreAspas;
            } else if (!entreAspas && c == '\n') {
                linhas++;
            } else if (!entreAspas && c == ';') {
                pontoEVirgula++;
            } else if (!entreAspas && c == ',') {
                virgula++;
            } else if (!entreAspas && c == '\t') {
                tab++;
            }
        }
        if (tab > pontoEVirgula && tab > virgula) {
            return '\t';
        }
        return pontoEVirgula >= virgula ? ';' : ',';
    }
}
