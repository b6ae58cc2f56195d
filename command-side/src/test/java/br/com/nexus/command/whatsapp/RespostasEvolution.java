package br.com.nexus.command.whatsapp;

/**
 * Evolution API v2 (2.3.x) answers as the server sends them (PROTOCOLS.md §1), for the fakes that
 * stand in for it in tests.
 */
public final class RespostasEvolution {

    public static final String TEXTO_ENVIADO = """
            {"key":{"remoteJid":"5511987654321@s.whatsapp.net","fromMe":true,"id":"3EB0A1B2C3D4E5F6"},
             "pushName":"Você","status":"PENDING","message":{"conversation":"Olá, segue seu boleto"},
             "contextInfo":null,"messageType":"conversation","messageTimestamp":1717000000,
             "instanceId":"6f1c1a52-0000-4000-8000-000000000001","source":"unknown"}""";

    public static final String DOCUMENTO_ENVIADO = """
            {"key":{"remoteJid":"551187654321@s.whatsapp.net","fromMe":true,"id":"3EB0DOC0000000001"},
             "pushName":"Você","status":"PENDING",
             "message":{"documentMessage":{"fileName":"boleto.pdf","mimetype":"application/pdf","caption":"Seu boleto"}},
             "contextInfo":null,"messageType":"documentMessage","messageTimestamp":1717000001,
             "instanceId":"6f1c1a52-0000-4000-8000-000000000001","source":"unknown"}""";

    public static final String NUMERO_INEXISTENTE = """
            {"status":400,"error":"Bad Request","response":{"message":[{"jid":"5511987654321@s.whatsapp.net",
             "exists":false,"number":"5511987654321"}]}}""";

    public static final String CONEXAO_FECHADA_500 = """
            {"status":500,"error":"Internal Server Error","response":{"message":"Connection Closed"}}""";

    public static final String CONEXAO_FECHADA_500_LISTA = """
            {"status":500,"error":"Internal Server Error","response":{"message":["Error: Connection Closed"]}}""";

    public static final String CONEXAO_FECHADA_400 = """
            {"status":400,"error":"Bad Request","response":{"message":["Error: Connection Closed"]}}""";

    /** {@code /chat/whatsappNumbers} when the socket drops mid-lookup: the exception itself, serialized as a 400. */
    public static final String CONSULTA_CONEXAO_FECHADA = """
            {"status":400,"error":"Bad Request","response":"Error: Connection Closed"}""";

    public static final String CONSULTA_ERRO_SEM_MENSAGEM = """
            {"status":400,"error":"Bad Request","response":{"name":"Error","data":null}}""";

    public static final String CONSULTA_ESQUEMA_INVALIDO = """
            {"status":400,"error":"Bad Request","response":{"message":["instance requires property \\"numbers\\""]}}""";

    public static final String NAO_AUTORIZADO = """
            {"status":401,"error":"Unauthorized","response":{"message":"Unauthorized"}}""";

    public static final String INSTANCIA_INEXISTENTE = """
            {"status":404,"error":"Not Found","response":{"message":["The \\"cobranca01\\" instance does not exist"]}}""";

    public static final String ESQUEMA_INVALIDO = """
            {"status":400,"error":"Bad Request","response":{"message":["instance requires property \\"text\\""]}}""";

    public static final String NOME_EM_USO = """
            {"status":403,"error":"Forbidden","response":{"message":["This name \\"cobranca01\\" is already in use."]}}""";

    public static final String ABERTA = """
            {"instance":{"instanceName":"cobranca01","state":"open"}}""";

    public static final String FECHADA = """
            {"instance":{"instanceName":"cobranca01","state":"close"}}""";

    public static final String CONECTANDO = """
            {"instance":{"instanceName":"cobranca01","state":"connecting"}}""";

    public static final String QRCODE = """
            {"pairingCode":null,"code":"2@AbCdEf==,xyz==,abc==","base64":"data:image/png;base64,iVBORw0KGgo=","count":1}""";

    public static final String QRCODE_ERRO = """
            {"error":true,"message":"Error: QR code limit reached"}""";

    public static final String CRIADA = """
            {"instance":{"instanceName":"cobranca01","instanceId":"af7b0000-0000-4000-8000-00000000abcd",
             "integration":"WHATSAPP-BAILEYS","webhookWaBusiness":null,"accessTokenWaBusiness":"","status":"connecting"},
             "hash":"TOKEN-DA-INSTANCIA-123",
             "webhook":{"webhookUrl":"https://nexus.example/api/webhooks/evolution","webhookHeaders":{},
              "webhookByEvents":false,"webhookBase64":false},
             "websocket":{},"rabbitmq":{},"nats":{},"sqs":{},
             "settings":{"rejectCall":false,"msgCall":"","groupsIgnore":true,"alwaysOnline":false,"readMessages":false,
              "readStatus":false,"syncFullHistory":false,"wavoipToken":""},
             "qrcode":{"pairingCode":null,"code":"2@QrDaCriacao==","base64":"data:image/png;base64,iVBORw0KGgo=",
              "count":1}}""";

    /** {@code /chat/whatsappNumbers}: the account predates the ninth digit, so only the 12-digit form exists. */
    public static final String SO_DOZE_DIGITOS = """
            [{"jid":"5511987654321@s.whatsapp.net","exists":false,"number":"5511987654321"},
             {"jid":"551187654321@s.whatsapp.net","exists":true,"number":"551187654321","name":"Maria"}]""";

    public static final String TREZE_DIGITOS = """
            [{"jid":"5511987654321@s.whatsapp.net","exists":true,"number":"5511987654321"},
             {"jid":"551187654321@s.whatsapp.net","exists":false,"number":"551187654321"}]""";

    public static final String NENHUM = """
            [{"jid":"5511987654321@s.whatsapp.net","exists":false,"number":"5511987654321"},
             {"jid":"551187654321@s.whatsapp.net","exists":false,"number":"551187654321"}]""";

    private RespostasEvolution() {
    }
}
