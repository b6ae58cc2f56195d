package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChaveJwtTest {

    @Test
    void recusaSegredoConfiguradoComMenosDe32Bytes() {
        assertThatThrownBy(() -> ChaveJwt.resolver("curto-demais-para-hs256-31bytes", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32");
    }

    @Test
    void usaOSegredoConfiguradoSemTocarNoBanco() {
        String segredo = "um-segredo-de-trinta-e-dois-bytes!";

        assertThat(ChaveJwt.resolver(segredo, null).chave().getEncoded()).isEqualTo(segredo.getBytes());
    }
}
