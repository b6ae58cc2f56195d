package br.com.nexus.app.api;

import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Valid Brazilian documents and request bodies for the API tests; every call gives new numbers. */
public final class DadosDaApi {

    static final LocalDate VENCIMENTO = LocalDate.of(2026, 12, 10);

    private DadosDaApi() {
    }

    public static String cpf() {
        ThreadLocalRandom aleatorio = ThreadLocalRandom.current();
        int[] d = new int[11];
        do {
            for (int i = 0; i < 9; i++) {
                d[i] = aleatorio.nextInt(10);
            }
        } while (todosIguais(d));
        d[9] = digito(d, 9);
        d[10] = digito(d, 10);
        StringBuilder cpf = new StringBuilder();
        for (int digito : d) {
            cpf.append(digito);
        }
        return cpf.toString();
    }

    static String cpfFormatado(String cpf) {
        return cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9);
    }

    /** A mobile of DDD 11 as people type it. */
    static String celular() {
        int numero = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        String n = String.valueOf(numero);
        return "(11) 9" + n.substring(0, 4) + "-" + n.substring(4);
    }

    /** A landline of DDD 11 as people type it. */
    static String fixo() {
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000)).substring(1);
        return "(11) 3" + n.substring(0, 3) + "-" + n.substring(3);
    }

    public static Map<String, Object> lead(String nome, String telefone) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("nome", nome);
        lead.put("telefone", telefone);
        lead.put("email", "contato@exemplo.com.br");
        lead.put("origem", "INSTAGRAM");
        lead.put("interesse", "Consórcio de imóvel");
        return lead;
    }

    public static Map<String, Object> cliente(String cpf) {
        Map<String, Object> cliente = new LinkedHashMap<>();
        cliente.put("cpf", cpfFormatado(cpf));
        cliente.put("nome", "Joana Pereira");
        cliente.put("whatsapp", celular());
        cliente.put("email", "joana@exemplo.com.br");
        cliente.put("endereco", Map.of("logradouro", "Rua das Flores", "numero", "100", "cidade", "São Paulo",
                "uf", "SP", "cep", "01001-000"));
        cliente.put("grupo", "1234");
        cliente.put("cota", "56");
        cliente.put("contrato", "C-789");
        cliente.put("consultor", "Carlos");
        cliente.put("pontoDeVenda", "Centro");
        return cliente;
    }

    /** A barcode of Banco do Brasil for the value and due date, with a random free field. */
    static CodigoBarras codigoBarras(String valor, LocalDate vencimento) {
        StringBuilder campoLivre = new StringBuilder();
        ThreadLocalRandom aleatorio = ThreadLocalRandom.current();
        for (int i = 0; i < 25; i++) {
            campoLivre.append(aleatorio.nextInt(10));
        }
        return CodigoBarras.gerar("001", vencimento, Dinheiro.parse(valor), campoLivre.toString());
    }

    public static Map<String, Object> boletoPorLinha(String clienteId, String valor) {
        Map<String, Object> boleto = new LinkedHashMap<>();
        boleto.put("clienteId", clienteId);
        boleto.put("linhaDigitavel", codigoBarras(valor, VENCIMENTO).linhaDigitavel().formatada());
        boleto.put("valor", valor);
        boleto.put("vencimento", VENCIMENTO.toString());
        boleto.put("nossoNumero", "000123");
        boleto.put("parcela", 3);
        boleto.put("referencia", "2026-11");
        boleto.put("descricao", "Parcela 3 do grupo 1234");
        return boleto;
    }

    private static boolean todosIguais(int[] d) {
        for (int i = 1; i < 9; i++) {
            if (d[i] != d[0]) {
                return false;
            }
        }
        return true;
    }

    private static int digito(int[] d, int posicao) {
        int soma = 0;
        for (int i = 0; i < posicao; i++) {
            soma += d[i] * (posicao + 1 - i);
        }
        int resto = soma * 10 % 11;
        return resto == 10 ? 0 : resto;
    }
}
