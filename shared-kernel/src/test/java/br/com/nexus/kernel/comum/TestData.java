package br.com.nexus.kernel.comum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test data shared by the value-object tests. */
final class TestData {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Slips published in the test suites of public boleto libraries (caelum-stella, brcobranca,
     * openboleto, boleto_utils) and in the Asaas documentation, for banks 001, 033, 041, 104, 237,
     * 341, 399, 422, 748 and 756. Where a source printed only the linha or only the barcode, the
     * other one was derived from it with the FEBRABAN field layout and checked by a separate
     * implementation. Linhas keep the printed form when the source printed it.
     */
    static final List<ExemploBoleto> EXEMPLOS_PUBLICOS = List.of(
            new ExemploBoleto("caelum-stella BancoDoBrasilTest",
                    "00190.00009 01207.113000 09000.206186 5 38600000004000",
                    "00195386000000040000000001207113000900020618", LocalDate.of(2008, 5, 2), "40.00"),
            new ExemploBoleto("Asaas documentation",
                    "00190000090275928800021932978170187890000005000",
                    "00191878900000050000000002759288002193297817", LocalDate.of(2021, 10, 30), "50.00"),
            new ExemploBoleto("caelum-stella BradescoTest",
                    "23792.94909 60000.000004 03000.658009 6 31680000000100",
                    "23796316800000001002949060000000000300065800", LocalDate.of(2006, 6, 10), "1.00"),
            new ExemploBoleto("openboleto BradescoTest",
                    "23791.17209 60012.345678 89040.300504 8 55650000001050",
                    "23798556500000010501172060012345678904030050", LocalDate.of(2013, 1, 1), "10.50"),
            new ExemploBoleto("caelum-stella ItauTest",
                    "34191.57213 89766.660164 74514.590004 6 56550000268016",
                    "34196565500002680161572189766660167451459000", LocalDate.of(2013, 4, 1), "2680.16"),
            new ExemploBoleto("caelum-stella ItauTest, second slip",
                    "34191.74002 01513.568467 20582.590004 6 60290000268016",
                    "34196602900002680161740001513568462058259000", LocalDate.of(2014, 4, 10), "2680.16"),
            new ExemploBoleto("openboleto ItauTest",
                    "34191.12127 34567.881726 41234.580003 1 55650000001050",
                    "34191556500000010501121234567881724123458000", LocalDate.of(2013, 1, 1), "10.50"),
            new ExemploBoleto("openboleto ItauTest, carteira 107",
                    "34191.07127 34567.812341 56766.677001 9 55650000001050",
                    "34199556500000010501071234567812345676667700", LocalDate.of(2013, 1, 1), "10.50"),
            new ExemploBoleto("caelum-stella CaixaTest, SINCO",
                    "10491.00231 59990.000008 00039.944582 2 56830000401610",
                    "10492568300004016101002359990000000003994458", LocalDate.of(2013, 4, 29), "4016.10"),
            new ExemploBoleto("caelum-stella CaixaTest, SIGCB",
                    "10492.90271 45900.200044 00000.013227 9 54460000008000",
                    "10499544600000080002902745900200040000001322", LocalDate.of(2012, 9, 4), "80.00"),
            new ExemploBoleto("caelum-stella CaixaCarteira24Test",
                    "10495.03665 23000.200040 00000.000604 8 61200000000123",
                    "10498612000000001235036623000200040000000060", LocalDate.of(2014, 7, 10), "1.23"),
            new ExemploBoleto("boleto_utils test, Caixa",
                    "10492006506100010004200997263900989810000021403",
                    "10499898100000214032006561000100040099726390", LocalDate.of(2022, 5, 10), "214.03"),
            new ExemploBoleto("caelum-stella HSBCTest",
                    "39994.14620 39000.000149 76147.030324 5 55940000338300",
                    "39995559400003383004146239000000147614703032", LocalDate.of(2013, 1, 30), "3383.00"),
            new ExemploBoleto("caelum-stella SafraTest",
                    "42297.00002 10000.124510 00000.000422 4 57710000001980",
                    "42294577100000019807000010000124510000000042", LocalDate.of(2013, 7, 26), "19.80"),
            new ExemploBoleto("boleto_utils test, Safra",
                    "42297115040000172271942631498120186510000198344",
                    "42291865100001983447115000001722714263149812", LocalDate.of(2021, 6, 14), "1983.44"),
            new ExemploBoleto("caelum-stella SantanderTest",
                    "03399526089651056137449501401027256920000021950",
                    "03392569200000219509526096510561374950140102", LocalDate.of(2013, 5, 8), "219.50"),
            new ExemploBoleto("caelum-stella SantanderTest, convenio",
                    "03399390351253827130000472201029156920000021950",
                    "03391569200000219509390312538271300047220102", LocalDate.of(2013, 5, 8), "219.50"),
            new ExemploBoleto("brcobranca santander_spec",
                    "03399.18997 77500.009004 00267.001022 8 51150000002500",
                    "03398511500000025009189977500009000026700102", LocalDate.of(2011, 10, 9), "25.00"),
            new ExemploBoleto("brcobranca santander_spec, second slip",
                    "03399.18997 77500.009004 02720.701024 9 54500000005400",
                    "03399545000000054009189977500009000272070102", LocalDate.of(2012, 9, 8), "54.00"),
            new ExemploBoleto("brcobranca sicoob_spec, modalidade 01",
                    "75691.43279 01022.938508 00000.240010 2 67080000005000",
                    "75692670800000050001432701022938500000024001", LocalDate.of(2016, 2, 18), "50.00"),
            new ExemploBoleto("brcobranca sicoob_spec, modalidade 05",
                    "75691.41349 05014.818008 00011.040011 4 71300000023500",
                    "75694713000000235001413405014818000001104001", LocalDate.of(2017, 4, 15), "235.00"),
            new ExemploBoleto("openboleto SicoobTest",
                    "75691.30698 01015.385006 20321.010017 9 75350000157575",
                    "75699753500001575751306901015385002032101001", LocalDate.of(2018, 5, 25), "1575.75"),
            new ExemploBoleto("brcobranca sicredi_spec",
                    "74893.11220 13871.512342 18123.451009 1 52220000295295",
                    "74891522200002952953112213871512341812345100", LocalDate.of(2012, 1, 24), "2952.95"),
            new ExemploBoleto("brcobranca banrisul_spec",
                    "04192.11107 29000.150226 83256.340593 1 64710000127890",
                    "04191647100001278902111029000150228325634059", LocalDate.of(2015, 6, 26), "1278.90"),
            new ExemploBoleto("brcobranca banrisul_spec, factor 1001",
                    "04192.11107 29000.150226 83256.340593 8 10010000055000",
                    "04198100100000550002111029000150228325634059", LocalDate.of(2000, 7, 4), "550.00"),
            new ExemploBoleto("brcobranca banrisul_spec, factor 1001, second",
                    "04192.11107 29000.150002 00927.440289 4 10010000055000",
                    "04194100100000550002111029000150000092744028", LocalDate.of(2000, 7, 4), "550.00"),
            new ExemploBoleto("brcobranca banrisul_spec, factor 1001, third",
                    "04192.11107 29000.150002 00919.440230 8 10010000055000",
                    "04198100100000550002111029000150000091944023", LocalDate.of(2000, 7, 4), "550.00"),
            new ExemploBoleto("brcobranca banrisul_spec, 2017",
                    "04192.10018 60164.640033 40809.940279 2 70370000121600",
                    "04192703700001216002100160164640034080994027", LocalDate.of(2017, 1, 12), "1216.00"));

    private TestData() {
    }

    /** Asserts a 400-kind rejection with {@code codigo} and returns it for further checks. */
    static DomainException recusa(ThrowingCallable acao, String codigo) {
        Throwable lancada = catchThrowable(acao);
        assertThat(lancada).isInstanceOf(DomainException.class);
        DomainException recusa = (DomainException) lancada;
        assertThat(recusa.code()).isEqualTo(codigo);
        assertThat(recusa.kind()).isEqualTo(ErrorKind.INVALIDO);
        return recusa;
    }

    /** A 44-digit barcode from its other 43 digits, with the general check digit put in place. */
    static String comDigitoGeral(String semDigito43) {
        return semDigito43.substring(0, 4) + Digitos.modulo11CodigoBarras(semDigito43) + semDigito43.substring(4);
    }

    static String trocarDigito(String texto, int posicao, char digito) {
        return texto.substring(0, posicao) + digito + texto.substring(posicao + 1);
    }

    record ExemploBoleto(String fonte, String linha, String codigoBarras, LocalDate vencimento, String valor) {

        String linhaSemFormatacao() {
            return linha.replace(".", "").replace(" ", "");
        }

        @Override
        public String toString() {
            return fonte;
        }
    }
}
