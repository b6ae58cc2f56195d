package br.com.nexus.command.importacao;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One part of an .xlsx as it inflates, counted byte by byte against the cap of a part and the cap
 * of the whole file: a small upload that unpacks to gigabytes is stopped at the cap, having cost
 * only that much reading and no memory.
 */
final class ParteDescompactada extends FilterInputStream {

    /** What the parts read so far unpacked to; one per file. */
    static final class Total {
        private final long maximo;
        private long lidos;

        Total(long maximo) {
            this.maximo = maximo;
        }
    }

    private final String nome;
    private final long maximoDaParte;
    private final Total total;
    private long lidos;

    ParteDescompactada(InputStream entrada, String nome, long maximoDaParte, Total total) {
        super(entrada);
        this.nome = nome;
        this.maximoDaParte = maximoDaParte;
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            contar(1);
        }
        return b;
    }

    @Override
    public int read(byte[] destino, int inicio, int tamanho) throws IOException {
        int n = super.read(destino, inicio, tamanho);
        if (n > 0) {
            contar(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long pulados = super.skip(n);
        contar(pulados);
        return pulados;
    }

    private void contar(long n) {
        lidos += n;
        total.lidos += n;
        if (lidos > maximoDaParte) {
            throw new PlanilhaGrandeDemais("Planilha grande demais: a parte " + nome + " passa de "
                    + maximoDaParte / (1024 * 1024) + " MB descompactada; o limite é de "
                    + LeitorDePlanilha.LIMITE_LINHAS + " linhas");
        }
        if (total.lidos > total.maximo) {
            throw new PlanilhaGrandeDemais("Planilha grande demais: passa de " + total.maximo / (1024 * 1024)
                    + " MB descompactada; o limite é de " + LeitorDePlanilha.LIMITE_LINHAS + " linhas");
        }
    }
}
