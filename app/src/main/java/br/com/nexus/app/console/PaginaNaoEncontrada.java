package br.com.nexus.app.console;

/** A page for something that does not exist, or belongs to another firm: the two look the same. */
class PaginaNaoEncontrada extends RuntimeException {

    PaginaNaoEncontrada() {
        super(null, null, false, false);
    }
}
