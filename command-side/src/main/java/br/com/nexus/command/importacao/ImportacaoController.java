package br.com.nexus.command.importacao;

import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Spreadsheet import of clientes (SUPERVISOR and ADMIN). */
@RestController
@Tag(name = "Clientes")
class ImportacaoController {

    private static final Set<Papel> PODEM_IMPORTAR = Set.of(Papel.ADMIN, Papel.SUPERVISOR);

    private final ImportacaoDePlanilha importacao;

    ImportacaoController(ImportacaoDePlanilha importacao) {
        this.importacao = importacao;
    }

    /**
     * Multipart upload of one .xlsx, .xls or .csv file in the part {@code arquivo} (or {@code file}).
     * Columns CPF, Nome, WhatsApp, Grupo, Cota, Ponto de venda; header names are matched loosely.
     */
    @PostMapping(path = "/api/clientes/importacao", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importa clientes de planilha (.xlsx, .xls ou .csv): cria os CPFs novos, atualiza os "
            + "existentes e relata cada linha rejeitada; um arquivo corrompido ou grande demais (5 MB, 20.000 "
            + "linhas) não importa nada (413); com outras importações em andamento no servidor, responde 429 "
            + "com Retry-After")
    RelatorioImportacao importar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestPart(name = "arquivo", required = false) MultipartFile arquivo,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        if (!PODEM_IMPORTAR.contains(usuario.papel())) {
            throw new AccessDeniedException("Importação de clientes exige SUPERVISOR ou ADMIN");
        }
        return importacao.importar(usuario.tenantId(), arquivo != null ? arquivo : file);
    }
}
