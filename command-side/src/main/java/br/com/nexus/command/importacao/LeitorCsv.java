package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * CSV as offices export it: separated by {@code ;} (Excel in Brazil) or {@code ,}, in UTF-8 (with or
 * without BOM) or Windows-1252 (Excel's "CSV" on Windows); fields may be quoted with {@code "},
 * quotes doubled inside, line breaks inside quotes allowed (RFC 4180).
 */
final class LeitorCsv {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int LINHAS_PARA_SEPARADOR = 10;
    private static final int CARACTERES_PARA_SEPARADOR = 64 * 1024;

    private LeitorCsv() {
    }

    /**
     * Decodes and splits the file as a stream, handing each record to {@code destino} as it ends,
     * until the destination answers false. Only the current record is held, its cells cut at
     * {@link LinhasDaAba#MAXIMO_CELULA} characters and {@link LinhasDaAba#COLUNAS_MAXIMAS} columns.
     */
    static void ler(byte[] conteudo, Predicate<LinhaPlanilha> destino) {
        try {
            lerTexto(texto(conteudo), separador(inicio(conteudo)), destino);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lerTexto(Reader texto, char separador, Predicate<LinhaPlanilha> destino) throws IOException {
        List<String> celulas = new ArrayList<>();
        StringBuilder campo = new StringBuilder();
        boolean entreAspas = false;
        boolean campoComAspas = false;
        boolean campoVazio = true;
        int numero = 1;
        int inicioDoRegistro = 1;
        int c = texto.read();
        while (c >= 0) {
            int seguinte = texto.read();
            if (c == 0) {
                throw DomainException.invalido("ARQUIVO_INVALIDO", "Arquivo binário: envie .xlsx, .xls ou .csv");
            }
            if (entreAspas) {
                if (c == '"') {
                    if (seguinte == '"') {
                        acrescentar(campo, '"');
                        seguinte = texto.read();
                    } else {
                        entreAspas = false;
                    }
                } else {
                    if (c == '\n') {
                        numero++;
                    }
                    acrescentar(campo, (char) c);
                }
            } else if (c == '"' && campoVazio && !campoComAspas) {
                entreAspas = true;
                campoComAspas = true;
                campo.setLength(0);
            } else if (c == separador) {
                adicionarCelula(celulas, campo);
                campoVazio = true;
                campoComAspas = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && seguinte == '\n') {
                    seguinte = texto.read();
                }
                adicionarCelula(celulas, campo);
                if (!destino.test(new LinhaPlanilha(inicioDoRegistro, celulas))) {
                    return;
                }
                celulas = new ArrayList<>();
                campoVazio = true;
                campoComAspas = false;
                numero++;
                inicioDoRegistro = numero;
            } else if (!campoComAspas) {
                acrescentar(campo, (char) c);
                campoVazio = campoVazio && Character.isWhitespace(c);
            } else if (!Character.isWhitespace(c)) {
                throw DomainException.invalido("ARQUIVO_INVALIDO",
                        "CSV malformado na linha " + numero + ": texto depois de um campo entre aspas");
            }
            c = seguinte;
        }
        if (entreAspas) {
            throw DomainException.invalido("ARQUIVO_INVALIDO",
                    "CSV malformado: aspas abertas na linha " + inicioDoRegistro + " não foram fechadas");
        }
        if (campo.length() > 0 || !celulas.isEmpty()) {
            adicionarCelula(celulas, campo);
            destino.test(new LinhaPlanilha(inicioDoRegistro, celulas));
        }
    }

    private static void acrescentar(StringBuilder campo, char c) {
        if (campo.length() < LinhasDaAba.MAXIMO_CELULA) {
            campo.append(c);
        }
    }

    private static void adicionarCelula(List<String> celulas, StringBuilder campo) {
        if (celulas.size() < LinhasDaAba.COLUNAS_MAXIMAS) {
            celulas.add(campo.toString().strip());
        }
        campo.setLength(0);
    }

    /** The file's text as a stream, in the charset {@link #charset} finds, without its BOM. */
    static Reader texto(byte[] conteudo) {
        Charset charset = charset(conteudo);
        int bom = charset == StandardCharsets.UTF_8 && temBomUtf8(conteudo) ? 3 : 0;
        return new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(conteudo, bom, conteudo.length - bom), charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                64 * 1024);
    }

    /** The first characters, enough for {@link #separador} to see the first lines. */
    private static String inicio(byte[] conteudo) throws IOException {
        char[] inicio = new char[CARACTERES_PARA_SEPARADOR];
        Reader texto = texto(conteudo);
        int lidos = 0;
        int n;
        while (lidos < inicio.length && (n = texto.read(inicio, lidos, inicio.length - lidos)) > 0) {
            lidos += n;
        }
        return new String(inicio, 0, lidos);
    }

    /**
     * UTF-16 when a BOM says so; UTF-8 when the bytes are valid UTF-8 (a Windows-1252 accent almost
     * never is); else Windows-1252. The check decodes in small chunks, keeping none of the text.
     */
    static Charset charset(byte[] conteudo) {
        if (conteudo.length >= 2 && ((conteudo[0] & 0xFF) == 0xFF && (conteudo[1] & 0xFF) == 0xFE
                || (conteudo[0] & 0xFF) == 0xFE && (conteudo[1] & 0xFF) == 0xFF)) {
            return StandardCharsets.UTF_16;
        }
        int inicio = temBomUtf8(conteudo) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(conteudo, inicio, conteudo.length - inicio);
        CharBuffer trecho = CharBuffer.allocate(8 * 1024);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult resultado = utf8.decode(bytes, trecho, true);
            if (resultado.isError()) {
                return WINDOWS_1252;
            }
            if (resultado.isUnderflow()) {
                trecho.clear();
                return utf8.flush(trecho).isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
            }
            trecho.clear();
        }
    }

    private static boolean temBomUtf8(byte[] conteudo) {
        return conteudo.length >= 3 && (conteudo[0] & 0xFF) == 0xEF && (conteudo[1] & 0xFF) == 0xBB
                && (conteudo[2] & 0xFF) == 0xBF;
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
