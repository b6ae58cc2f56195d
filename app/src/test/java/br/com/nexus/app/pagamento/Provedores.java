package br.com.nexus.app.pagamento;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What Asaas and Efí send and answer, as PROTOCOLS.md §2 and §3 record them (the §2.3 sandbox
 * capture and the §3.4 Efí sample), with only ids, amounts and references made parameters.
 * Public for the end-to-end tests elsewhere that pay a boleto through the fake Asaas.
 */
public final class Provedores {

    static final String LISTA_VAZIA = """
            {"object":"list","hasMore":false,"totalCount":0,"limit":10,"offset":0,"data":[]}""";

    static final String CLIENTE_CRIADO = """
            {"object":"customer","id":"cus_000006326297","dateCreated":"2024-11-04","name":"Joana Pereira",
             "email":null,"phone":null,"mobilePhone":null,"address":null,"addressNumber":null,"complement":null,
             "province":null,"city":null,"cityName":null,"state":null,"country":"Brasil","postalCode":null,
             "cpfCnpj":"11144477735","personType":"FISICA","deleted":false,"additionalEmails":null,
             "externalReference":null,"notificationDisabled":false,"observations":null,"foreignCustomer":false}""";

    static final String ERRO_400 = """
            {"errors":[{"code":"invalid_dueDate","description":"The due date cannot be earlier than today"}]}""";

    static final String ERRO_401 = """
            {"errors":[{"code":"invalid_access_token","description":"A chave de API fornecida é inválida"}]}""";

    static String cobrancaCriada(String id, String billingType, String valor, LocalDate vencimento) {
        return """
                {"object":"payment","id":"%s","dateCreated":"2024-11-04","customer":"cus_000006326297",
                 "paymentLink":null,"value":%s,"netValue":%s,"originalValue":null,"interestValue":null,
                 "description":null,"billingType":"%s","canBePaidAfterDueDate":true,"confirmedDate":null,
                 "pixTransaction":null,"status":"PENDING","dueDate":"%s","originalDueDate":"%s",
                 "paymentDate":null,"clientPaymentDate":null,"installmentNumber":null,
                 "invoiceUrl":"https://sandbox.asaas.com/i/n6ic32hq5hr1xcr1","invoiceNumber":"06898322",
                 "externalReference":null,"deleted":false,"anticipated":false,"anticipable":false,
                 "creditDate":null,"estimatedCreditDate":null,"transactionReceiptUrl":null,"nossoNumero":"10326944",
                 "bankSlipUrl":"https://sandbox.asaas.com/b/pdf/n6ic32hq5hr1xcr1","lastInvoiceViewedDate":null,
                 "lastBankSlipViewedDate":null,"discount":{"value":0,"limitDate":null,"dueDateLimitDays":0,"type":"FIXED"},
                 "fine":{"value":0,"type":"FIXED"},"interest":{"value":0,"type":"PERCENTAGE"},"postalService":false,
                 "custody":null,"refunds":null}""".formatted(id, valor, valor, billingType, vencimento, vencimento);
    }

    /** The identificationField answer for a slip of this amount and due date. */
    static String linhaDigitavel(Dinheiro valor, LocalDate vencimento) {
        CodigoBarras codigo = codigoBarras(valor, vencimento);
        return """
                {"identificationField":"%s","nossoNumero":"10326944","barCode":"%s"}"""
                .formatted(codigo.linhaDigitavel().numero(), codigo.numero());
    }

    static CodigoBarras codigoBarras(Dinheiro valor, LocalDate vencimento) {
        return CodigoBarras.gerar("461", vencimento, valor, "0000000000000000010326944");
    }

    /**
     * Makes a fake Asaas (WireMock) accept the next charge: no customer yet, the customer created,
     * the charge and, for a boleto, its linha digitável. Returns the charge's pay_ id.
     */
    public static String asaasAceita(Stubbing asaas, String metodo, String valor, LocalDate vencimento) {
        String id = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/customers")).willReturn(okJson(LISTA_VAZIA)));
        asaas.stubFor(WireMock.post("/v3/customers").willReturn(okJson(CLIENTE_CRIADO)));
        asaas.stubFor(WireMock.post("/v3/payments")
                .willReturn(okJson(cobrancaCriada(id, metodo, valor, vencimento))));
        asaas.stubFor(WireMock.get("/v3/payments/" + id + "/identificationField")
                .willReturn(okJson(linhaDigitavel(Dinheiro.parse(valor), vencimento))));
        return id;
    }

    /**
     * Makes a fake Asaas answer {@code GET /v3/payments/{id}} with the charge in {@code status}
     * (paid on 2024-11-06 unless PENDING), the call that confirms a webhook before it moves money.
     */
    public static void asaasInforma(Stubbing asaas, String cobrancaId, String status, String valor) {
        asaas.stubFor(WireMock.get("/v3/payments/" + cobrancaId)
                .willReturn(okJson(cobrancaNoStatus(cobrancaId, status, valor, null))));
    }

    /** A charge as Asaas describes it (alone or in a listing) in {@code status}, paid on 2024-11-06 unless PENDING. */
    public static String cobrancaNoStatus(String cobrancaId, String status, String valor, String externalReference) {
        String pendente = cobrancaCriada(cobrancaId, "BOLETO", valor, LocalDate.of(2024, 11, 9));
        String cobranca = "PENDING".equals(status) ? pendente : pendente
                .replace("\"status\":\"PENDING\"", "\"status\":\"" + status + "\"")
                .replace("\"confirmedDate\":null", "\"confirmedDate\":\"2024-11-06\"")
                .replace("\"paymentDate\":null,\"clientPaymentDate\":null",
                        "\"paymentDate\":\"2024-11-06\",\"clientPaymentDate\":\"2024-11-06\"");
        return externalReference == null ? cobranca
                : cobranca.replace("\"externalReference\":null", "\"externalReference\":\"" + externalReference + "\"");
    }

    /** A page of {@code GET /v3/payments}, with the charges given. */
    public static String listaDeCobrancas(boolean temMais, int totalCount, int offset, List<String> cobrancas) {
        return """
                {"object":"list","hasMore":%s,"totalCount":%d,"limit":100,"offset":%d,"data":[%s]}"""
                .formatted(temMais, totalCount, offset, String.join(",", cobrancas));
    }

    /** What the fake Asaas answers for a charge removed there: the charge, flagged deleted. */
    public static void asaasInformaRemovida(Stubbing asaas, String cobrancaId, String valor) {
        String removida = cobrancaCriada(cobrancaId, "BOLETO", valor, LocalDate.of(2024, 11, 9))
                .replace("\"deleted\":false", "\"deleted\":true");
        asaas.stubFor(WireMock.get("/v3/payments/" + cobrancaId).willReturn(okJson(removida)));
    }

    /** The §2.3 capture (a PAYMENT_RECEIVED for a boleto) with event, ids and value replaced. */
    public static String eventoAsaas(String eventoId, String evento, String cobrancaId, String valor,
            String externalReference) {
        return """
                {"id":"%s","event":"%s","dateCreated":"2024-11-06 18:59:27",
                 "payment":{"object":"payment","id":"%s","dateCreated":"2024-11-04","customer":"cus_000006326297",
                  "paymentLink":null,"value":%s,"netValue":41.24,"originalValue":null,"interestValue":null,"description":null,
                  "billingType":"BOLETO","canBePaidAfterDueDate":true,"confirmedDate":"2024-11-06","pixTransaction":null,"status":"RECEIVED",
                  "dueDate":"2024-11-09","originalDueDate":"2024-11-09","paymentDate":"2024-11-06","clientPaymentDate":"2024-11-06",
                  "installmentNumber":null,"invoiceUrl":"https://sandbox.asaas.com/i/n6ic32hq5hr1xcr1","invoiceNumber":"06898322",
                  "externalReference":%s,"deleted":false,"anticipated":false,"anticipable":false,"creditDate":"2024-11-06",
                  "estimatedCreditDate":"2024-11-06","transactionReceiptUrl":"https://sandbox.asaas.com/comprovantes/6723880153196283",
                  "nossoNumero":"10326944","bankSlipUrl":"https://sandbox.asaas.com/b/pdf/n6ic32hq5hr1xcr1",
                  "lastInvoiceViewedDate":null,"lastBankSlipViewedDate":null,
                  "discount":{"value":0,"limitDate":null,"dueDateLimitDays":0,"type":"FIXED"},
                  "fine":{"value":0,"type":"FIXED"},"interest":{"value":0,"type":"PERCENTAGE"},
                  "postalService":false,"custody":null,"refunds":null}}"""
                .formatted(eventoId, evento, cobrancaId, valor,
                        externalReference == null ? "null" : "\"" + externalReference + "\"");
    }

    /** PROTOCOLS.md §3.4, verbatim. */
    static final String EFI_PIX = """
            {"pix":[{"endToEndId":"E1803615022211340s08793XPJ","txid":"fc9a43k6ff384ryP5f41719",
                     "chave":"2c3c7441-b91e-4982-3c25-6105581e18ae","valor":"0.01",
                     "horario":"2020-12-21T13:40:34.000Z","infoPagador":"pagando o pix"}]}""";

    static String efiPix(String endToEndId, String txid, String valor) {
        return """
                {"endToEndId":"%s","txid":"%s","chave":"2c3c7441-b91e-4982-3c25-6105581e18ae","valor":"%s",
                 "horario":"2020-12-21T13:40:34.000Z","infoPagador":"pagando o pix"}""".formatted(endToEndId, txid, valor);
    }

    /** Efí's answer to {@code POST /oauth/token} (client credentials). */
    static final String EFI_TOKEN = """
            {"access_token":"eyJhbGciOiJIUzI1NiJ9.efi-teste","token_type":"Bearer","expires_in":3600,"scope":"pix.read"}""";

    /** Efí's {@code GET /v2/pix/{e2eId}}: the same fields as the notification, plus any devoluções. */
    static String efiPixConsultado(String endToEndId, String txid, String valor, String devolucoes) {
        String pix = efiPix(endToEndId, txid, valor);
        return devolucoes == null ? pix : pix.substring(0, pix.lastIndexOf('}')) + ",\"devolucoes\":" + devolucoes + "}";
    }

    private Provedores() {
    }
}
