package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx read as a stream: only the parts the import needs are inflated (workbook, its
 * relationships, shared strings, styles, and the sheets in workbook order until one has the
 * header), each through {@link ParteDescompactada}'s caps and a SAX parser, so memory holds the
 * shared strings and the rows kept, never a whole sheet's XML or object model.
 */
final class LeitorXlsx {

    /**
     * A 20,000-row sheet of a few dozen columns unpacks to well under this; each part read is
     * stopped here, and all parts read together at {@link #DESCOMPACTADO_MAXIMO}.
     */
    static final long PARTE_MAXIMA = 32L * 1024 * 1024;
    static final long DESCOMPACTADO_MAXIMO = 48L * 1024 * 1024;
    static final int ABAS_MAXIMAS = 20;
    private static final String DOCUMENTO_PADRAO = "xl/workbook.xml";

    private LeitorXlsx() {
    }

    static boolean ehXlsx(byte[] conteudo) {
        return conteudo.length >= 4 && conteudo[0] == 'P' && conteudo[1] == 'K' && conteudo[2] == 3
                && conteudo[3] == 4;
    }

    static void ler(byte[] conteudo, ColetorDePlanilha coletor) {
        ParteDescompactada.Total total = new ParteDescompactada.Total(DESCOMPACTADO_MAXIMO);
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(conteudo)).get()) {
            Pacote pacote = new Pacote(zip, total);
            String documento = pacote.relacoes("_rels/.rels", "").values().stream()
                    .filter(r -> r.tipo().endsWith("/officeDocument")).map(Relacao::alvo).findFirst()
                    .orElse(DOCUMENTO_PADRAO);
            PastaDeTrabalho pasta = pacote.ler(documento, new PastaDeTrabalho());
            String pastaDoDocumento = documento.contains("/") ? documento.substring(0, documento.lastIndexOf('/') + 1) : "";
            Map<String, Relacao> relacoes = pacote.relacoes(
                    pastaDoDocumento + "_rels/" + documento.substring(pastaDoDocumento.length()) + ".rels",
                    pastaDoDocumento);
            TextosCompartilhados compartilhados = new TextosCompartilhados();
            EstilosDeData estilos = new EstilosDeData();
            for (Relacao relacao : relacoes.values()) {
                if (relacao.tipo().endsWith("/sharedStrings")) {
                    pacote.ler(relacao.alvo(), compartilhados);
                } else if (relacao.tipo().endsWith("/styles")) {
                    pacote.ler(relacao.alvo(), estilos);
                }
            }
            int abas = 0;
            for (String id : pasta.abas) {
                Relacao relacao = relacoes.get(id);
                if (relacao == null || !relacao.tipo().endsWith("/worksheet")) {
                    continue;
                }
                if (++abas > ABAS_MAXIMAS) {
                    break;
                }
                coletor.novaAba();
                try {
                    pacote.ler(relacao.alvo(), new LinhasDaAba(compartilhados, estilos, pasta.data1904, coletor::aceitar));
                } catch (LinhasDaAba.Parada parada) {
                    // the collector has what it needs from this sheet
                }
                if (coletor.encontrou()) {
                    return;
                }
            }
            if (abas == 0) {
                throw corrompida();
            }
        } catch (IOException e) {
            throw corrompida();
        }
    }

    private static DomainException corrompida() {
        return DomainException.invalido("ARQUIVO_INVALIDO", "Planilha corrompida ou em formato desconhecido");
    }

    private record Relacao(String tipo, String alvo) {
    }

    /** The zip's parts by name, each read once through the caps. */
    private record Pacote(ZipFile zip, ParteDescompactada.Total total) {

        <T extends ContentHandler> T ler(String nome, T leitor) {
            ZipArchiveEntry entrada = zip.getEntry(nome);
            if (entrada == null || entrada.isDirectory()) {
                throw corrompida();
            }
            try (InputStream parte = new ParteDescompactada(zip.getInputStream(entrada), nome, PARTE_MAXIMA, total)) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(leitor);
                xml.parse(new InputSource(parte));
                return leitor;
            } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
                throw causaNossa(e);
            }
        }

        /** The relationships of a part: id → type and target, the target resolved from {@code pasta}. */
        Map<String, Relacao> relacoes(String nome, String pasta) {
            if (zip.getEntry(nome) == null) {
                return Map.of();
            }
            Map<String, Relacao> relacoes = new HashMap<>();
            ler(nome, new DefaultHandler() {
                @Override
                public void startElement(String uri, String nomeLocal, String qualificado, Attributes atributos) {
                    String id = atributos.getValue("Id");
                    String tipo = atributos.getValue("Type");
                    String alvo = atributos.getValue("Target");
                    if (nomeLocal.equals("Relationship") && id != null && tipo != null && alvo != null
                            && !"External".equals(atributos.getValue("TargetMode")) && relacoes.size() < 10_000) {
                        relacoes.put(id, new Relacao(tipo, resolver(pasta, alvo)));
                    }
                }
            });
            return relacoes;
        }
    }

    /** {@code ("xl/", "worksheets/sheet1.xml")} → {@code xl/worksheets/sheet1.xml}; {@code /xl/x.xml} → {@code xl/x.xml}. */
    static String resolver(String pasta, String alvo) {
        String caminho = alvo.startsWith("/") ? alvo.substring(1) : pasta + alvo;
        List<String> partes = new ArrayList<>();
        for (String parte : caminho.split("/")) {
            if (parte.equals("..")) {
                if (!partes.isEmpty()) {
                    partes.remove(partes.size() - 1);
                }
            } else if (!parte.isEmpty() && !parte.equals(".")) {
                partes.add(parte);
            }
        }
        return String.join("/", partes);
    }

    /**
     * Our refusals and the stop signal come back through the parser as they were thrown; anything
     * else the zip or the XML says means a damaged file.
     */
    private static RuntimeException causaNossa(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PlanilhaGrandeDemais || t instanceof DomainException || t instanceof LinhasDaAba.Parada) {
                return (RuntimeException) t;
            }
            if (t instanceof SAXException sax && sax.getException() != null && sax.getException() != t.getCause()) {
                return causaNossa(sax.getException());
            }
        }
        return corrompida();
    }

    /** {@code workbook.xml}: the sheets' relationship ids in order, and whether dates count from 1904. */
    private static final class PastaDeTrabalho extends DefaultHandler {
        private final List<String> abas = new ArrayList<>();
        private boolean data1904;

        @Override
        public void startElement(String uri, String nomeLocal, String qualificado, Attributes atributos) {
            if (nomeLocal.equals("workbookPr")) {
                String valor = atributos.getValue("date1904");
                data1904 = "1".equals(valor) || "true".equalsIgnoreCase(valor);
            } else if (nomeLocal.equals("sheet") && abas.size() < 1_000) {
                for (int i = 0; i < atributos.getLength(); i++) {
                    if (atributos.getLocalName(i).equals("id") && !atributos.getURI(i).isEmpty()) {
                        abas.add(atributos.getValue(i));
                    }
                }
            }
        }
    }
}
