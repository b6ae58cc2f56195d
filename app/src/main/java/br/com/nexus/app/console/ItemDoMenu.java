package br.com.nexus.app.console;

import br.com.nexus.kernel.seguranca.Papel;
import java.util.List;
import java.util.Set;

/**
 * A page of the menu and the roles that may open it. The console's security chain grants each page
 * (and what lies under it) to exactly these roles, so the menu and the server never disagree.
 */
public record ItemDoMenu(String rotulo, String caminho, Set<Papel> papeis) {

    public static final List<ItemDoMenu> TODOS = List.of(
            new ItemDoMenu("Painel", "/painel", Set.copyOf(Papel.DA_EMPRESA)),
            new ItemDoMenu("Clientes", "/clientes", Set.copyOf(Papel.DA_EMPRESA)),
            new ItemDoMenu("Boletos", "/boletos", Set.copyOf(Papel.DA_EMPRESA)),
            new ItemDoMenu("Pagamentos", "/pagamentos", Set.copyOf(Papel.DA_EMPRESA)),
            new ItemDoMenu("Leads", "/leads", Set.copyOf(Papel.DA_EMPRESA)),
            new ItemDoMenu("Importação", "/importacao", Set.of(Papel.ADMIN, Papel.SUPERVISOR)),
            new ItemDoMenu("Downloads do portal", "/downloads", Set.of(Papel.ADMIN, Papel.SUPERVISOR, Papel.AUDITOR)),
            new ItemDoMenu("WhatsApp", "/whatsapp", Set.copyOf(Papel.DA_EMPRESA)),
            new ItemDoMenu("Relatórios", "/relatorios", Set.copyOf(Papel.DA_EMPRESA)),
            new ItemDoMenu("Auditoria", "/auditoria", Set.of(Papel.ADMIN, Papel.AUDITOR)),
            new ItemDoMenu("Administração", "/administracao", Set.of(Papel.ADMIN)));

    static List<ItemDoMenu> de(Papel papel) {
        return TODOS.stream().filter(item -> item.papeis().contains(papel)).toList();
    }

    /** The role names Spring Security checks. */
    public String[] nomesDosPapeis() {
        return papeis.stream().map(Papel::name).sorted().toArray(String[]::new);
    }
}
