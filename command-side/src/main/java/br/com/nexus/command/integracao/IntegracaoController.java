package br.com.nexus.command.integracao;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN sets the tenant's integrations; secrets go in and never come back out. */
@RestController
@RequestMapping("/api/integracoes")
@Tag(name = "Integrações", description = "Credenciais por empresa: Evolution API, Asaas, Efí")
class IntegracaoController {

    private final Map<String, TipoIntegracao> tipos;
    private final IntegracaoRepository repository;

    IntegracaoController(List<TipoIntegracao> tipos, IntegracaoRepository repository) {
        this.tipos = tipos.stream().collect(Collectors.toMap(TipoIntegracao::tipo, Function.identity()));
        this.repository = repository;
    }

    /** Secrets up to 16 KB: a client certificate in base64 (Efí's PKCS#12) takes about 5 KB. */
    record IntegracaoRequest(
            @NotNull @Size(max = 30) Map<@Size(max = 60) String, @Size(max = 2000) String> configuracao,
            @Size(max = 30) Map<@Size(max = 60) String, @Size(max = 16384) String> segredos) {
    }

    /** What the API shows of an integration: its settings and the names of the secrets it holds. */
    record IntegracaoView(String tipo, Map<String, String> configuracao, List<String> segredosDefinidos,
                          Instant atualizadoEm) {

        static IntegracaoView de(Integracao i) {
            return new IntegracaoView(i.tipo(), i.configuracao(), List.copyOf(new TreeSet<>(i.segredos().keySet())),
                    i.atualizadoEm());
        }
    }

    @PutMapping("/{tipo}")
    @Operation(summary = "Define as configurações e segredos de uma integração (segredos omitidos são mantidos)")
    IntegracaoView salvar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable String tipo,
            @Valid @RequestBody IntegracaoRequest request) {
        TipoIntegracao definicao = tipo(tipo);
        return IntegracaoView.de(repository.salvar(usuario.tenantId(), definicao, request.configuracao(),
                request.segredos() == null ? Map.of() : request.segredos()));
    }

    @GetMapping("/{tipo}")
    @Operation(summary = "Mostra as configurações de uma integração, sem os segredos")
    IntegracaoView buscar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable String tipo) {
        tipo(tipo);
        return repository.buscar(usuario.tenantId(), tipo).map(IntegracaoView::de)
                .orElseThrow(() -> DomainException.naoEncontrado("INTEGRACAO_NAO_CONFIGURADA",
                        "Integração " + tipo + " não configurada"));
    }

    private TipoIntegracao tipo(String tipo) {
        TipoIntegracao definicao = tipos.get(tipo);
        if (definicao == null) {
            throw DomainException.naoEncontrado("INTEGRACAO_DESCONHECIDA", "Integração desconhecida: " + tipo);
        }
        return definicao;
    }
}
