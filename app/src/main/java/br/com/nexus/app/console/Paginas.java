package br.com.nexus.app.console;

/** Page numbers as people count them (from 1) over the queries' pages (from 0). */
record Paginas(int atual, int total) {

    static Paginas de(int pagina) {
        return new Paginas(Math.max(1, Math.min(pagina, 1_000_000)), 0);
    }

    int indice() {
        return atual - 1;
    }

    Paginas com(long itens, int porPagina) {
        return new Paginas(atual, (int) Math.max(1, (itens + porPagina - 1) / porPagina));
    }

    public boolean temAnterior() {
        return atual > 1;
    }

    public boolean temProxima() {
        return atual < total;
    }
}
