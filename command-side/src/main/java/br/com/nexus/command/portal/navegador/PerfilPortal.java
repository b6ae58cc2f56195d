package br.com.nexus.command.portal.navegador;

import java.time.Duration;

/**
 * How one portal is driven: where its pages are, the CSS selectors of what matters on them and
 * how long a page may take. Bound from {@code nexus.portal.perfis.<nome>.*}, so mapping the real
 * portal (or following a change in its pages) is a matter of configuration. The defaults describe
 * the layout the old automation relied on: a login form, a CPF search form on every page, a
 * result row with a link to the billing emission, and the emission page with the reference
 * month and a link to the PDF.
 */
public class PerfilPortal {

    /** Used when the tenant's integration does not name its own {@code baseUrl}. */
    private String baseUrl = "";
    private String caminhoLogin = "/login";
    /**
     * Page that holds the CPF search form, opened only when the current page lacks it. When it
     * contains {@code {cpf}} the search is a plain GET of that path instead of a form.
     */
    private String caminhoBusca = "/inicio";
    private FormatoCpf formatoCpf = FormatoCpf.FORMATADO;
    /**
     * Visible text that means the portal is refusing us (a regular expression, case-insensitive);
     * seeing it stops the run like a CAPTCHA does.
     */
    private String textoBloqueio = "captcha|acesso bloqueado|acesso temporariamente bloqueado|too many requests"
            + "|atividade suspeita|não sou um robô";
    /** Longest wait for one page or element. */
    private Duration tempoPagina = Duration.ofSeconds(30);
    private Seletores seletores = new Seletores();

    /** How the portal wants the CPF typed. */
    public enum FormatoCpf {
        /** {@code 111.444.777-35} */
        FORMATADO,
        /** {@code 11144477735} */
        DIGITOS
    }

    /** CSS selectors; several alternatives may be given separated by commas, as CSS allows. */
    public static class Seletores {

        private String usuario = "#usuario";
        private String senha = "#senha";
        /** Filled only when the integration names a ponto de venda and the login form has this field. */
        private String pontoDeVenda = "#ponto-venda";
        private String entrar = "#entrar";
        /** Present on every page once logged in. */
        private String logado = "#usuario-logado";
        private String erroLogin = ".erro-login";
        private String captcha = ".g-recaptcha, .h-captcha, #captcha, iframe[src*='recaptcha'], iframe[src*='hcaptcha']";
        private String campoCpf = "#cpf";
        private String buscar = "#buscar";
        /** In the search results: the link that opens the cliente's billing emission. */
        private String emissao = "a.emitir-cobranca";
        private String cpfNaoEncontrado = ".nenhum-resultado";
        private String semBoleto = ".sem-boleto";
        /** Element whose text names the boleto's month, e.g. {@code NOVEMBRO/2025}. */
        private String mesReferencia = "#mes-referencia";
        private String baixarPdf = "#baixar-boleto";
        /** Where an inline viewer embeds the PDF (its {@code src} or {@code data} is fetched). */
        private String visualizadorPdf = "iframe.visualizador-pdf, embed[type='application/pdf'], "
                + "object[type='application/pdf']";

        public String getUsuario() {
            return usuario;
        }

        public void setUsuario(String usuario) {
            this.usuario = usuario;
        }

        public String getSenha() {
            return senha;
        }

        public void setSenha(String senha) {
            this.senha = senha;
        }

        public String getPontoDeVenda() {
            return pontoDeVenda;
        }

        public void setPontoDeVenda(String pontoDeVenda) {
            this.pontoDeVenda = pontoDeVenda;
        }

        public String getEntrar() {
            return entrar;
        }

        public void setEntrar(String entrar) {
            this.entrar = entrar;
        }

        public String getLogado() {
            return logado;
        }

        public void setLogado(String logado) {
            this.logado = logado;
        }

        public String getErroLogin() {
            return erroLogin;
        }

        public void setErroLogin(String erroLogin) {
            this.erroLogin = erroLogin;
        }

        public String getCaptcha() {
            return captcha;
        }

        public void setCaptcha(String captcha) {
            this.captcha = captcha;
        }

        public String getCampoCpf() {
            return campoCpf;
        }

        public void setCampoCpf(String campoCpf) {
            this.campoCpf = campoCpf;
        }

        public String getBuscar() {
            return buscar;
        }

        public void setBuscar(String buscar) {
            this.buscar = buscar;
        }

        public String getEmissao() {
            return emissao;
        }

        public void setEmissao(String emissao) {
            this.emissao = emissao;
        }

        public String getCpfNaoEncontrado() {
            return cpfNaoEncontrado;
        }

        public void setCpfNaoEncontrado(String cpfNaoEncontrado) {
            this.cpfNaoEncontrado = cpfNaoEncontrado;
        }

        public String getSemBoleto() {
            return semBoleto;
        }

        public void setSemBoleto(String semBoleto) {
            this.semBoleto = semBoleto;
        }

        public String getMesReferencia() {
            return mesReferencia;
        }

        public void setMesReferencia(String mesReferencia) {
            this.mesReferencia = mesReferencia;
        }

        public String getBaixarPdf() {
            return baixarPdf;
        }

        public void setBaixarPdf(String baixarPdf) {
            this.baixarPdf = baixarPdf;
        }

        public String getVisualizadorPdf() {
            return visualizadorPdf;
        }

        public void setVisualizadorPdf(String visualizadorPdf) {
            this.visualizadorPdf = visualizadorPdf;
        }
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getCaminhoLogin() {
        return caminhoLogin;
    }

    public void setCaminhoLogin(String caminhoLogin) {
        this.caminhoLogin = caminhoLogin;
    }

    public String getCaminhoBusca() {
        return caminhoBusca;
    }

    public void setCaminhoBusca(String caminhoBusca) {
        this.caminhoBusca = caminhoBusca;
    }

    public FormatoCpf getFormatoCpf() {
        return formatoCpf;
    }

    public void setFormatoCpf(FormatoCpf formatoCpf) {
        this.formatoCpf = formatoCpf;
    }

    public String getTextoBloqueio() {
        return textoBloqueio;
    }

    public void setTextoBloqueio(String textoBloqueio) {
        this.textoBloqueio = textoBloqueio;
    }

    public Duration getTempoPagina() {
        return tempoPagina;
    }

    public void setTempoPagina(Duration tempoPagina) {
        this.tempoPagina = tempoPagina;
    }

    public Seletores getSeletores() {
        return seletores;
    }

    public void setSeletores(Seletores seletores) {
        this.seletores = seletores;
    }
}
