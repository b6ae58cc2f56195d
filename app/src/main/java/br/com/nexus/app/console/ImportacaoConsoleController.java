package br.com.nexus.app.console;

import br.com.nexus.app.web.ProblemHandler;
import br.com.nexus.command.importacao.ImportacaoDePlanilha;
import br.com.nexus.command.importacao.RelatorioImportacao;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** Importação: a spreadsheet of clientes uploaded and imported as the API does it, then its row-by-row report. */
@Hidden
@Controller
class ImportacaoConsoleController {

    private final ObjectProvider<ImportacaoDePlanilha> importacao;

    ImportacaoConsoleController(ObjectProvider<ImportacaoDePlanilha> importacao) {
        this.importacao = importacao;
    }

    @GetMapping("/importacao")
    ModelAndView formulario() {
        return pagina(HttpStatus.OK, null, null);
    }

    @PostMapping("/importacao")
    ModelAndView importar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(name = "arquivo", required = false) MultipartFile arquivo) {
        ImportacaoDePlanilha servico = importacao.getIfAvailable();
        if (servico == null) {
            return pagina(HttpStatus.SERVICE_UNAVAILABLE, null,
                    "A importação é feita pelos nós de comando: use POST /api/clientes/importacao.");
        }
        try {
            return pagina(HttpStatus.OK, servico.importar(usuario.tenantId(), arquivo), null);
        } catch (ErrorResponseException e) {
            return pagina(e.getStatusCode(), null, e.getBody().getDetail());
        } catch (RuntimeException e) {
            ErroDominio erro = Recusas.de(e).orElseThrow(() -> e);
            return pagina(ProblemHandler.status(erro.kind()), null, erro.message());
        }
    }

    private static ModelAndView pagina(HttpStatusCode status, RelatorioImportacao relatorio, String erro) {
        ModelAndView pagina = new ModelAndView("console/importacao", status);
        pagina.addObject("relatorio", relatorio);
        pagina.addObject("erro", erro);
        return pagina;
    }
}
