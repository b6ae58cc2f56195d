package br.com.nexus.app.idempotencia;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body was read ahead (to compare it with the key's first request), offered again as it came. */
class CorpoLido extends HttpServletRequestWrapper {

    private final byte[] corpo;

    CorpoLido(HttpServletRequest request, byte[] corpo) {
        super(request);
        this.corpo = corpo;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream entrada = new ByteArrayInputStream(corpo);
        return new ServletInputStream() {
            @Override
            public int read() {
                return entrada.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return entrada.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return entrada.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("Corpo já lido; leitura assíncrona não se aplica");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String codificacao = getCharacterEncoding();
        Charset charset = codificacao == null ? StandardCharsets.UTF_8 : Charset.forName(codificacao);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
        return corpo.length;
    }

    @Override
    public long getContentLengthLong() {
        return corpo.length;
    }
}
