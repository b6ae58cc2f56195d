package br.com.nexus.command.importacao;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an .xlsx ({@code styles.xml}, read as a SAX stream) show a number as a
 * date, so that a date cell reads as {@code 2026-03-01} and not as Excel's day count.
 */
final class EstilosDeData extends DefaultHandler {

    /** Excel itself stops at 64,000 cell formats. */
    private static final int MAXIMO_ESTILOS = 65_000;

    private final Map<Integer, String> formatos = new HashMap<>();
    private final List<Boolean> ehData = new ArrayList<>();
    private final List<Integer> formatoDoEstilo = new ArrayList<>();
    private boolean dentroDeCellXfs;

    boolean ehData(int estilo) {
        if (estilo < 0 || estilo >= formatoDoEstilo.size()) {
            return false;
        }
        if (ehData.size() <= estilo) {
            for (int i = ehData.size(); i < formatoDoEstilo.size(); i++) {
                int id = formatoDoEstilo.get(i);
                String formato = formatos.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
                ehData.add(DateUtil.isADateFormat(id, formato));
            }
        }
        return ehData.get(estilo);
    }

    @Override
    public void startElement(String uri, String nomeLocal, String nomeQualificado, Attributes atributos) {
        switch (nomeLocal) {
            case "numFmt" -> {
                Integer id = inteiro(atributos.getValue("numFmtId"));
                String codigo = atributos.getValue("formatCode");
                if (id != null && codigo != null && formatos.size() < MAXIMO_ESTILOS) {
                    formatos.put(id, codigo);
                }
            }
            case "cellXfs" -> dentroDeCellXfs = true;
            case "xf" -> {
                if (dentroDeCellXfs && formatoDoEstilo.size() < MAXIMO_ESTILOS) {
                    Integer id = inteiro(atributos.getValue("numFmtId"));
                    formatoDoEstilo.add(id == null ? 0 : id);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String nomeLocal, String nomeQualificado) {
        if (nomeLocal.equals("cellXfs")) {
            dentroDeCellXfs = false;
        }
    }

    static Integer inteiro(String texto) {
        if (texto == null) {
            return null;
        }
        try {
            return Integer.valueOf(texto.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
