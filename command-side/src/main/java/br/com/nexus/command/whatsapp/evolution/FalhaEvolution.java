package br.com.nexus.command.whatsapp.evolution;

/**
 * A call to Evolution API that did not succeed, classified as PROTOCOLS.md §1.6–1.7 describe.
 * The message never carries a full phone number.
 */
public class FalhaEvolution extends RuntimeException {

    /** What kind of failure, which decides whether trying again may help. */
    public enum Tipo {
        /**
         * 5xx, "Connection Closed", a 400 without a message from the number check, timeouts, connection
         * refused: the gateway may recover.
         */
        TRANSITORIA,
        /** 400 with {@code exists:false}: the number has no WhatsApp account. */
        NUMERO_SEM_WHATSAPP,
        /** 401: the instance token (or global key) was refused. */
        NAO_AUTORIZADO,
        /** 404: the instance does not exist on that server. */
        INSTANCIA_INEXISTENTE,
        /** 403 on create: the instance name is taken. */
        NOME_EM_USO,
        /** Any other refusal (400 schema errors…): trying again the same way will not help. */
        REJEITADA
    }

    private final Tipo tipo;
    private final int status;
    private final boolean semConexao;

    public FalhaEvolution(Tipo tipo, int status, String mensagem) {
        this(tipo, status, mensagem, false);
    }

    public FalhaEvolution(Tipo tipo, int status, String mensagem, boolean semConexao) {
        super(mensagem);
        this.tipo = tipo;
        this.status = status;
        this.semConexao = semConexao;
    }

    public FalhaEvolution(Tipo tipo, String mensagem, Throwable causa) {
        this(tipo, mensagem, causa, false);
    }

    public FalhaEvolution(Tipo tipo, String mensagem, Throwable causa, boolean semConexao) {
        super(mensagem, causa);
        this.tipo = tipo;
        this.status = 0;
        this.semConexao = semConexao;
    }

    public Tipo tipo() {
        return tipo;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    public boolean transitoria() {
        return tipo == Tipo.TRANSITORIA;
    }

    /**
     * Nothing can have gone out: Evolution's socket to WhatsApp is closed ("Connection Closed"),
     * or Evolution itself was not reached.
     */
    public boolean semConexao() {
        return semConexao;
    }
}
