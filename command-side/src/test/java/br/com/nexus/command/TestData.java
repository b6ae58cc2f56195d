package br.com.nexus.command;

import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import java.time.Instant;
import java.time.LocalDate;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Valid documents, phones and boleto codes shared by the command-side tests. */
public final class TestData {

    public static final Cpf CPF = Cpf.of("111.444.777-35");
    public static final Cpf OUTRO_CPF = Cpf.of("529.982.247-25");

    public static final TelefoneWhatsapp TELEFONE = TelefoneWhatsapp.of("(11) 98765-4321");
    /** The same number as {@link #TELEFONE}, typed another way. */
    public static final TelefoneWhatsapp TELEFONE_DIGITADO_DIFERENTE = TelefoneWhatsapp.of("+55 11 98765 4321");
    public static final TelefoneWhatsapp OUTRO_TELEFONE = TelefoneWhatsapp.of("(21) 99876-5432");

    /** A real Banco do Brasil slip: linha digitável and barcode of the same boleto. */
    public static final LinhaDigitavel LINHA_BB = LinhaDigitavel.of("00190000090120711300009000206186538600000004000");
    public static final CodigoBarras CODIGO_BB = CodigoBarras.of("00195386000000040000000001207113000900020618");
    public static final Dinheiro VALOR_BB = Dinheiro.parse("40.00");
    public static final LocalDate VENCIMENTO_BB = LocalDate.of(2008, 5, 2);

    /** A slip issued by us, due after the 2025 factor rollover. */
    public static final LocalDate VENCIMENTO = LocalDate.of(2026, 3, 10);
    public static final Dinheiro VALOR = Dinheiro.parse("150.50");
    public static final CodigoBarras CODIGO = CodigoBarras.gerar("237", VENCIMENTO, VALOR, "1234567890123456789012345");
    public static final LinhaDigitavel LINHA = CODIGO.linhaDigitavel();

    public static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static final Instant AGENDAMENTO = Instant.parse("2026-04-01T13:00:00Z");

    private TestData() {
    }

    /** Matches a {@link DomainException} of the given kind and code. */
    public static Matcher<DomainException> erro(ErrorKind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.kind() == kind && e.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainException " + kind + " " + code);
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description description) {
                description.appendText("was " + e.kind() + " " + e.code() + " (" + e.getMessage() + ")");
            }
        };
    }
}
