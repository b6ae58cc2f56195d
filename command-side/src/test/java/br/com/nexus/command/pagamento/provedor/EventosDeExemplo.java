package br.com.nexus.command.pagamento.provedor;

/** Provider webhook bodies as published (PROTOCOLS.md §2.3 and §3.4), with what varies made a parameter. */
public final class EventosDeExemplo {

    /** The sandbox PAYMENT_RECEIVED capture of PROTOCOLS.md §2.3, with the event, id, value and references replaceable. */
    public static String asaas(String eventoId, String evento, String cobrancaId, String valor, String externalReference) {
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

    /** The sample of PROTOCOLS.md §3.4, verbatim. */
    public static final String EFI_PIX = """
            {"pix":[{"endToEndId":"E1803615022211340s08793XPJ","txid":"fc9a43k6ff384ryP5f41719",
                     "chave":"2c3c7441-b91e-4982-3c25-6105581e18ae","valor":"0.01",
                     "horario":"2020-12-21T13:40:34.000Z","infoPagador":"pagando o pix"}]}""";

    public static String efiPix(String endToEndId, String txid, String valor, String horario) {
        return """
                {"endToEndId":"%s","txid":"%s","chave":"2c3c7441-b91e-4982-3c25-6105581e18ae","valor":"%s",
                 "horario":"%s","infoPagador":"pagando o pix"}""".formatted(endToEndId, txid, valor, horario);
    }

    private EventosDeExemplo() {
    }
}
