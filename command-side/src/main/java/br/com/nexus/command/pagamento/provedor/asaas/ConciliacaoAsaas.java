package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor;
import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor.CobrancaAConciliar;
import br.com.nexus.command.pagamento.provedor.EventosDoProvedor;
import br.com.nexus.command.pagamento.provedor.FalhaNoProvedor;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import br.com.nexus.command.pagamento.provedor.ProcessadorDeEventosDoProvedor;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.Provedor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Asaas webhooks that never came (Asaas drops undelivered events after 14 days and
 * pauses a failing queue). Per tenant with Asaas configured, the charges due a check
 * ({@link CobrancasNoProvedor#aConciliar}: unpaid and past due or long without news, or paid and
 * still refundable) are looked up in Asaas's paged listing by due date; a charge absent from it
 * (removed, or opened before due dates were kept) is asked for alone, a few per run. What each
 * charge's state stands for ({@link NoticiasDaCobrancaAsaas}) goes into the same inbox as the
 * webhook, under the effect key the webhook has ({@link InterpretadorAsaas#chaveDeEfeito}), so
 * whichever of the two arrives first is applied and the other is a no-op; the processor then
 * confirms it with Asaas as it does a webhook. Asaas may block a key that polls too much: a tenant
 * runs at most {@code rodadasPorDia} times a (Brasília) day, and a 429 pauses it for the
 * Retry-After Asaas asked for, both kept in the database.
 */
public class ConciliacaoAsaas {

    private static final Logger log = LoggerFactory.getLogger(ConciliacaoAsaas.class);
    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter DATA_E_HORA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final IntegracaoRepository integracoes;
    private final AsaasIntegracao tipo;
    private final AsaasClient asaas;
    private final CobrancasNoProvedor cobrancas;
    private final EventosDoProvedor eventos;
    private final ProcessadorDeEventosDoProvedor processador;
    private final RitmoDaConciliacaoAsaas ritmo;
    private final Clock clock;
    private final ConciliacaoAsaasProperties parametros;

    public ConciliacaoAsaas(IntegracaoRepository integracoes, AsaasIntegracao tipo, AsaasClient asaas,
            CobrancasNoProvedor cobrancas, EventosDoProvedor eventos, ProcessadorDeEventosDoProvedor processador,
            RitmoDaConciliacaoAsaas ritmo, Clock clock, ConciliacaoAsaasProperties parametros) {
        this.integracoes = integracoes;
        this.tipo = tipo;
        this.asaas = asaas;
        this.cobrancas = cobrancas;
        this.eventos = eventos;
        this.processador = processador;
        this.ritmo = ritmo;
        this.clock = clock;
        this.parametros = parametros;
    }

    /** How one tenant's run ended. */
    public enum Desfecho { SEM_PENDENCIAS, CONCLUIDA, PAUSADA, LIMITE_DIARIO, INTERROMPIDA }

    /** One tenant's run: charges to check, calls made to Asaas, and events put in the inbox. */
    public record Resultado(TenantId tenant, Desfecho desfecho, int aConciliar, int chamadas, int registrados) {
    }

    /** Every tenant with Asaas configured, one after the other; a tenant's failure does not stop the others. */
    public List<Resultado> conciliar() {
        List<Resultado> resultados = integracoes.tenantsCom(AsaasIntegracao.TIPO).stream().map(tenant -> {
            try {
                return conciliar(tenant);
            } catch (RuntimeException e) {
                log.warn("Asaas reconciliation of tenant {} failed: {}", tenant, e.toString());
                return new Resultado(tenant, Desfecho.INTERROMPIDA, 0, 0, 0);
            }
        }).toList();
        int registrados = resultados.stream().mapToInt(Resultado::registrados).sum();
        if (registrados > 0) {
            log.info("Asaas reconciliation found {} charge states no webhook had brought", registrados);
            processador.acordar();
        }
        return resultados;
    }

    public Resultado conciliar(TenantId tenant) {
        Instant agora = clock.instant();
        LocalDate hoje = LocalDate.ofInstant(agora, BRASILIA);
        if (ritmo.pausadoAte(tenant).filter(agora::isBefore).isPresent()) {
            return new Resultado(tenant, Desfecho.PAUSADA, 0, 0, 0);
        }
        List<CobrancaAConciliar> aConciliar = cobrancas.aConciliar(tenant, Provedor.ASAAS,
                new CobrancasNoProvedor.Criterios(agora.minus(parametros.semNoticiasHa()), hoje,
                        agora.minus(parametros.semNoticiasAntesDoVencimento()), agora.minus(parametros.janelaDeEstorno())));
        Optional<Integracao> integracao = integracoes.buscar(tenant, AsaasIntegracao.TIPO);
        if (aConciliar.isEmpty() || integracao.isEmpty()) {
            return new Resultado(tenant, Desfecho.SEM_PENDENCIAS, 0, 0, 0);
        }
        AsaasClient.Acesso acesso;
        try {
            acesso = tipo.acesso(integracao.get());
        } catch (DomainException e) {
            log.warn("Asaas reconciliation of tenant {} skipped: {}", tenant, e.code());
            return new Resultado(tenant, Desfecho.INTERROMPIDA, aConciliar.size(), 0, 0);
        }
        if (!ritmo.iniciarRodada(tenant, hoje, parametros.rodadasPorDia())) {
            return new Resultado(tenant, Desfecho.LIMITE_DIARIO, aConciliar.size(), 0, 0);
        }
        Rodada rodada = new Rodada(tenant, acesso, aConciliar);
        try {
            if (rodada.listarPorVencimento()) {
                rodada.consultarAusentes();
            }
        } catch (AsaasClient.AsaasPediuEspera e) {
            Duration espera = e.espera().orElse(parametros.pausaSemRetryAfter());
            ritmo.pausar(tenant, hoje, clock.instant().plus(espera));
            log.warn("Asaas asked tenant {} to slow down (429): reconciliation paused for {}", tenant, espera);
            return rodada.resultado(Desfecho.PAUSADA);
        } catch (FalhaNoProvedor e) {
            log.warn("Asaas reconciliation of tenant {} stopped: {}", tenant, e.code());
            return rodada.resultado(Desfecho.INTERROMPIDA);
        }
        return rodada.resultado(Desfecho.CONCLUIDA);
    }

    /** One tenant's run: the charges not yet found at Asaas, and the counts. */
    private final class Rodada {

        private final TenantId tenant;
        private final AsaasClient.Acesso acesso;
        private final int total;
        private final Map<String, CobrancaAConciliar> ausentes;
        private int chamadas;
        private int registrados;

        Rodada(TenantId tenant, AsaasClient.Acesso acesso, List<CobrancaAConciliar> aConciliar) {
            this.tenant = tenant;
            this.acesso = acesso;
            this.total = aConciliar.size();
            this.ausentes = aConciliar.stream().collect(Collectors.toMap(CobrancaAConciliar::referenciaExterna,
                    Function.identity(), (a, b) -> a, LinkedHashMap::new));
        }

        /** Asaas's charges due within our charges' due dates, page by page; false when pages ran out first. */
        boolean listarPorVencimento() {
            List<LocalDate> vencimentos = ausentes.values().stream().map(CobrancaAConciliar::vencimento)
                    .filter(Objects::nonNull).sorted().toList();
            if (vencimentos.isEmpty()) {
                return true;
            }
            Map<String, String> filtros = new LinkedHashMap<>();
            filtros.put("dueDate[ge]", vencimentos.get(0).toString());
            filtros.put("dueDate[le]", vencimentos.get(vencimentos.size() - 1).toString());
            int offset = 0;
            for (int pagina = 0; pagina < parametros.paginas(); pagina++) {
                AsaasClient.PaginaDeCobrancas lida = asaas.listarCobrancas(acesso, filtros, offset);
                chamadas++;
                lida.cobrancas().forEach(this::registrar);
                if (!lida.temMais() || lida.cobrancas().isEmpty()) {
                    return true;
                }
                offset += lida.cobrancas().size();
            }
            log.warn("Asaas reconciliation of tenant {} read its {} pages before the listing ended", tenant,
                    parametros.paginas());
            return false;
        }

        /**
         * Charges the listing did not bring, one GET each: removed at Asaas, or without a due date
         * here. Drawn at random when there are more than a run may ask for, so none waits forever.
         */
        void consultarAusentes() {
            List<CobrancaAConciliar> sorteadas = new ArrayList<>(ausentes.values());
            Collections.shuffle(sorteadas);
            for (CobrancaAConciliar cobranca : sorteadas.subList(0,
                    Math.min(sorteadas.size(), parametros.consultasIndividuais()))) {
                Optional<JsonNode> consultada = asaas.consultarCobrancaSemInsistir(acesso, cobranca.referenciaExterna());
                chamadas++;
                registrar(consultada.orElseGet(() -> JsonDoProvedor.mapper().createObjectNode()
                        .put("id", cobranca.referenciaExterna()).put("deleted", true)));
            }
        }

        /** The listed charge, when it is one of ours to check, as the webhooks of its state would have brought it. */
        private void registrar(JsonNode listada) {
            CobrancaAConciliar nossa = ausentes.remove(String.valueOf(JsonDoProvedor.texto(listada, "id")));
            if (nossa == null) {
                return;
            }
            for (NoticiasDaCobrancaAsaas.Noticia noticia : NoticiasDaCobrancaAsaas.de(listada, nossa.paga())) {
                if (registrar(nossa.referenciaExterna(), noticia)) {
                    registrados++;
                }
            }
        }

        /** True when the inbox did not have that state yet. */
        private boolean registrar(String cobrancaId, NoticiasDaCobrancaAsaas.Noticia noticia) {
            String chave = InterpretadorAsaas.chaveDeEfeito(noticia.evento(), noticia.pagamento());
            String eventoId = EventosDoProvedor.PREFIXO_CONCILIACAO + chave;
            ObjectNode envelope = JsonDoProvedor.mapper().createObjectNode()
                    .put("id", eventoId)
                    .put("event", noticia.evento())
                    .put("dateCreated", DATA_E_HORA.format(clock.instant().atZone(BRASILIA)));
            envelope.set("payment", noticia.pagamento());
            return eventos.registrar(Provedor.ASAAS, tenant, eventoId, noticia.evento(), cobrancaId,
                    envelope.toString(), chave);
        }

        Resultado resultado(Desfecho desfecho) {
            return new Resultado(tenant, desfecho, total, chamadas, registrados);
        }
    }
}
