package br.com.nexus.app.console;

import br.com.nexus.command.whatsapp.modelo.Modelos;
import br.com.nexus.kernel.cobranca.BuscarReguaDeCobrancaQuery;
import br.com.nexus.kernel.cobranca.DefinirReguaDeCobrancaCommand;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaId;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.boleto.BoletoResumo;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.boleto.PaginaDeBoletos;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.kernel.whatsapp.BuscarWhatsappDaEmpresaQuery;
import br.com.nexus.kernel.whatsapp.ConectarWhatsappCommand;
import br.com.nexus.kernel.whatsapp.WhatsappDaEmpresa;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Consultas;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * WhatsApp: the instance's connection and the QR code to pair it (ADMIN), whether sending runs or is
 * paused, the message templates with a preview filled from one of the firm's boletos, and the régua
 * de cobrança editor (ADMIN, SUPERVISOR). Each piece is what the API shows to the same role.
 */
@Hidden
@Controller
class WhatsappConsoleController {

    private static final Set<Papel> GESTORES = Set.of(Papel.ADMIN, Papel.SUPERVISOR);
    private static final Map<String, String> CONEXOES = Map.of(
            "open", "Conectada",
            "connecting", "Aguardando a leitura do QR code",
            "close", "Desconectada",
            "refused", "Conexão recusada pelo WhatsApp");
    private static final String IMAGEM_PNG = "data:image/png;base64,";

    private final Consultas consultas;
    private final CommandGateway comandos;
    private final Leitura leitura;
    private final Calendario calendario;

    WhatsappConsoleController(Consultas consultas, CommandGateway comandos, Leitura leitura, Calendario calendario) {
        this.consultas = consultas;
        this.comandos = comandos;
        this.leitura = leitura;
        this.calendario = calendario;
    }

    /** A template as the page shows it: its variants and the first one filled with a real boleto's data. */
    record ModeloComPrevia(String nome, boolean padrao, List<String> variantes, String previa) {
    }

    @GetMapping("/whatsapp")
    String whatsapp(@AuthenticationPrincipal UsuarioAutenticado usuario, Model model) {
        return pagina(usuario, null, model);
    }

    @PostMapping("/whatsapp/conexao")
    String conectar(@AuthenticationPrincipal UsuarioAutenticado usuario, RedirectAttributes avisos) {
        try {
            String estado = comandos.sendAndWait(new ConectarWhatsappCommand(usuario.tenantId()));
            avisos.addFlashAttribute("sucesso", "open".equals(estado) ? "A instância já está conectada."
                    : "Leia o QR code com o WhatsApp do celular da empresa.");
        } catch (RuntimeException e) {
            avisos.addFlashAttribute("erro", Recusas.de(e).orElseThrow(() -> e).message());
        }
        return "redirect:/whatsapp";
    }

    @PostMapping("/whatsapp/regua")
    String definirRegua(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam MultiValueMap<String, String> formulario, Model model, HttpServletResponse resposta,
            RedirectAttributes avisos) {
        TenantId tenant = usuario.tenantId();
        ReguaDeCobranca proposta = null;
        try {
            proposta = FormularioDaRegua.ler(formulario);
            ReguaDeCobranca regua = proposta.validada();
            leitura.executar(() -> comandos.sendAndWait(new DefinirReguaDeCobrancaCommand(ReguaId.doTenant(tenant),
                    tenant, regua)), new BuscarReguaDeCobrancaQuery(tenant), ReguaDeCobranca.class, regua::equals);
            avisos.addFlashAttribute("sucesso",
                    "Régua salva: vale também para as próximas etapas dos boletos em aberto.");
            return "redirect:/whatsapp";
        } catch (RuntimeException e) {
            ErroDominio erro = Recusas.de(e).orElseThrow(() -> e);
            resposta.setStatus(Recusas.status(erro).value());
            model.addAttribute("erro", erro.message());
            return pagina(usuario, proposta, model);
        }
    }

    /** {@code regua}: what the editor shows; null for the régua in force. */
    private String pagina(UsuarioAutenticado usuario, ReguaDeCobranca regua, Model model) {
        TenantId tenant = usuario.tenantId();
        boolean gestor = GESTORES.contains(usuario.papel());
        boolean admin = usuario.papel() == Papel.ADMIN;
        WhatsappDaEmpresa whatsapp = consultas.buscar(new BuscarWhatsappDaEmpresaQuery(tenant),
                WhatsappDaEmpresa.class);
        model.addAttribute("whatsapp", whatsapp);
        model.addAttribute("conexao", whatsapp.conexao() == null ? "Ainda não consultada"
                : CONEXOES.getOrDefault(whatsapp.conexao(), whatsapp.conexao()));
        model.addAttribute("podeConectar", admin && whatsapp.configurado());
        model.addAttribute("qrcode", admin && !"open".equals(whatsapp.conexao()) && whatsapp.qrcode() != null
                && whatsapp.qrcode().startsWith(IMAGEM_PNG) ? whatsapp.qrcode() : null);
        model.addAttribute("veEnvios", usuario.papel() != Papel.AUDITOR);

        Optional<BoletoResumo> exemplo = consultas.buscar(new ListarBoletosQuery(tenant, null, null, null, null, null,
                null, null, 0, 1), PaginaDeBoletos.class).items().stream()
                .filter(b -> b.clienteNome() != null && b.linhaDigitavel() != null).findFirst();
        model.addAttribute("exemplo", exemplo.orElse(null));
        model.addAttribute("modelos", modelos(whatsapp, exemplo));

        model.addAttribute("editaRegua", gestor);
        if (gestor) {
            ReguaDeCobranca exibida = regua != null ? regua
                    : consultas.buscar(new BuscarReguaDeCobrancaQuery(tenant), ReguaDeCobranca.class);
            model.addAttribute("regua", exibida);
            model.addAttribute("linhasNovas", FormularioDaRegua.LINHAS_NOVAS);
        }
        return "console/whatsapp";
    }

    /** The firm's templates, or the system's own while it has none, each with its preview. */
    private List<ModeloComPrevia> modelos(WhatsappDaEmpresa whatsapp, Optional<BoletoResumo> exemplo) {
        Optional<Map<String, String>> valores = exemplo.map(b -> Modelos.valores(b.clienteNome(), b.valor(),
                b.vencimento(), LinhaDigitavel.of(b.linhaDigitavel()), b.descricao(), calendario.hoje()));
        if (whatsapp.modelos().isEmpty()) {
            return List.of(new ModeloComPrevia("Modelo padrão do sistema", true, Modelos.PADRAO,
                    valores.map(v -> Modelos.renderizar(Modelos.PADRAO.get(0), v)).orElse(null)));
        }
        return whatsapp.modelos().stream()
                .map(m -> new ModeloComPrevia(m.nome(), m.padrao(), m.variantes(),
                        valores.map(v -> Modelos.renderizar(m.variantes().get(0), v)).orElse(null)))
                .toList();
    }
}
