package br.com.nexus.command.pagamento.provedor.asaas;

/** Asaas API v3 answers as Asaas writes them (PROTOCOLS.md §2; docs.asaas.com). */
final class RespostasAsaas {

    static final String LISTA_VAZIA = """
            {"object":"list","hasMore":false,"totalCount":0,"limit":10,"offset":0,"data":[]}""";

    static final String LISTA_COM_CLIENTE = """
            {"object":"list","hasMore":false,"totalCount":1,"limit":10,"offset":0,"data":[
             {"object":"customer","id":"cus_000005219613","dateCreated":"2024-06-12","name":"Maria da Silva",
              "email":null,"phone":null,"mobilePhone":null,"address":null,"addressNumber":null,"complement":null,
              "province":null,"city":null,"cityName":null,"state":null,"country":"Brasil","postalCode":null,
              "cpfCnpj":"11144477735","personType":"FISICA","deleted":false,"additionalEmails":null,
              "externalReference":null,"notificationDisabled":false,"observations":null,"foreignCustomer":false}]}""";

    static final String CLIENTE_CRIADO = """
            {"object":"customer","id":"cus_000006326297","dateCreated":"2024-11-04","name":"Maria da Silva",
             "email":null,"phone":null,"mobilePhone":null,"address":null,"addressNumber":null,"complement":null,
             "province":null,"city":null,"cityName":null,"state":null,"country":"Brasil","postalCode":null,
             "cpfCnpj":"11144477735","personType":"FISICA","deleted":false,"additionalEmails":null,
             "externalReference":null,"notificationDisabled":false,"observations":null,"foreignCustomer":false}""";

    static String cobrancaCriada(String id, String billingType, String externalReference) {
        return """
                {"object":"payment","id":"%s","dateCreated":"2024-11-04","customer":"cus_000006326297",
                 "paymentLink":null,"value":150.50,"netValue":149.51,"originalValue":null,"interestValue":null,
                 "description":null,"billingType":"%s","canBePaidAfterDueDate":true,"confirmedDate":null,
                 "pixTransaction":null,"status":"PENDING","dueDate":"2026-03-10","originalDueDate":"2026-03-10",
                 "paymentDate":null,"clientPaymentDate":null,"installmentNumber":null,
                 "invoiceUrl":"https://sandbox.asaas.com/i/n6ic32hq5hr1xcr1","invoiceNumber":"06898322",
                 "externalReference":"%s","deleted":false,"anticipated":false,"anticipable":false,
                 "creditDate":null,"estimatedCreditDate":null,"transactionReceiptUrl":null,"nossoNumero":"10326944",
                 "bankSlipUrl":"https://sandbox.asaas.com/b/pdf/n6ic32hq5hr1xcr1","lastInvoiceViewedDate":null,
                 "lastBankSlipViewedDate":null,"discount":{"value":0,"limitDate":null,"dueDateLimitDays":0,"type":"FIXED"},
                 "fine":{"value":0,"type":"FIXED"},"interest":{"value":0,"type":"PERCENTAGE"},"postalService":false,
                 "custody":null,"refunds":null}""".formatted(id, billingType, externalReference);
    }

    static String listaDeCobrancas(String cobranca) {
        return """
                {"object":"list","hasMore":false,"totalCount":1,"limit":10,"offset":0,"data":[%s]}""".formatted(cobranca);
    }

    /** The example of docs.asaas.com "Obter linha digitável do boleto". */
    static final String LINHA_DIGITAVEL = """
            {"identificationField":"00190000090275928800021932978170187890000005000","nossoNumero":"6543",
             "barCode":"00191878900000050000000002759288002193297817"}""";

    /** The example of docs.asaas.com "HTTP response codes". */
    static final String ERRO_400 = """
            {"errors":[{"code":"invalid_value","description":"The value field must be informed"},
                       {"code":"invalid_dueDate","description":"The due date cannot be earlier than today"}]}""";

    static final String ERRO_401 = """
            {"errors":[{"code":"invalid_access_token","description":"A chave de API fornecida é inválida"}]}""";

    private RespostasAsaas() {
    }
}
