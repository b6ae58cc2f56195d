package br.com.nexus.app.seguranca;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Autenticação", description = "Login, renovação e encerramento de sessão")
@SecurityRequirements
class AuthController {

    private final AutenticacaoService autenticacao;
    private final EnderecoDoCliente enderecos;

    AuthController(AutenticacaoService autenticacao, EnderecoDoCliente enderecos) {
        this.autenticacao = autenticacao;
        this.enderecos = enderecos;
    }

    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String senha) {

        @Override
        public String toString() {
            return "LoginRequest[email=" + email + "]";
        }
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {

        @Override
        public String toString() {
            return "RefreshRequest[]";
        }
    }

    @PostMapping("/login")
    @Operation(summary = "Troca e-mail e senha por um access token (Bearer) e um refresh token")
    Tokens login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return autenticacao.login(request.email(), request.senha(), enderecos.de(http));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Troca um refresh token por um novo par; o refresh token usado deixa de valer")
    Tokens refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
        return autenticacao.renovar(request.refreshToken(), enderecos.de(http));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Invalida o refresh token; o access token expira sozinho")
    void logout(@Valid @RequestBody RefreshRequest request) {
        autenticacao.sair(request.refreshToken());
    }
}
