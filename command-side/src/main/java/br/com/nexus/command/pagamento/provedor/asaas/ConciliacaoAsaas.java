package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor;
import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor.CobrancaAguardada;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Asaas webhooks that never came (Asaas drops undelivered events after 14 days and
 * pauses a failing queue): per tenant with Asaas configured, the charges still PENDENTE with no
 * news for {@code semNoticiasHa} are looked up in Asaas's paged listing of paid charges, and each
 * one found paid goes into the same inbox as a webhook, under the effect key a webhook of that
 * state has ({@link InterpretadorAsaas#chaveDeEfeito}): whichever of the two arrives first is
 * applied, the other is a no-op. The processor then confirms it with Asaas as it does a webhook.
 * Asaas may block a key that polls too much, so a 429 ends the tenant's run and the tenant is
 * left alone for the Retry-After it asked for.
 */
public class ConciliacaoAsaas {

    private static final Logger log = LoggerFactory.getLogger(ConciliacaoAsaas.class);
    /** The statuses of a paid charge and the webhook each one stands for. */
    private static final List<Map.Entry<String, String>> EVENTO_DO_STATUS = List.of(
            Map.entry("RECEIVED", "PAYMENT_RECEIVED"),
            Map.entry("CONFIRMED", "PAYMENT_CONFIRMED"),
            Map.entry("RECEIVED_IN_CASH", "PAYMENT_RECEIVED"));
    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter DATA_E_HORA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final IntegracaoRepository integracoes;
    private final AsaasIntegracao tipo;
    private final AsaasClient asaas;
    private final CobrancasNoProvedor cobrancas;
    private final EventosDoProvedor eventos;
    private final ProcessadorDeEventosDoProvedor processador;
    private final Clock clock;
    private final Duration semNoticiasHa;
    private final int paginasPorStatus;
    private final Map<TenantId, Instant> pausadosAte = new ConcurrentHashMap<>();

    public ConciliacaoAsaas(IntegracaoRepository integracoes, AsaasIntegracao tipo, AsaasClient asaas,
            CobrancasNoProvedor cobrancas, EventosDoProvedor eventos, ProcessadorDeEventosDoProvedor processador,
            Clock clock, Duration semNoticiasHa, int paginasPorStatus) {
        this.integracoes = integracoes;
        this.tipo = tipo;
        this.asaas = asaas;
        this.cobrancas = cobrancas;
        this.eventos = eventos;
        this.processador = processador;
        this.clock = clock;
        this.semNoticiasHa = semNoticiasHa;
        this.paginasPorStatus = paginasPorStatus;
    }

    /** How one tenant's run ended. */
    public enum Desfecho { SEM_PENDENCIAS, CONCLUIDA, PAUSADA, INTERROMPIDA }

    /** One tenant's run: how many charges were looked at, pages read, and events put in the inbox. */
    public record Resultado(TenantId tenant, Desfecho desfecho, int aguardadas, int paginas, int registrados) {
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
        Instant pausado = pausadosAte.get(tenant);
        if (pausado != null && agora.isBefore(pausado)) {
            return new Resultado(tenant, Desfecho.PAUSADA, 0, 0, 0);
        }
        List<CobrancaAguardada> aguardadas = cobrancas.aguardandoNoticias(tenant, Provedor.ASAAS,
                agora.minus(semNoticiasHa));
        if (aguardadas.isEmpty()) {
            return new Resultado(tenant, Desfecho.SEM_PENDENCIAS, 0, 0, 0);
        }
        Optional<Integracao> integracao = integracoes.buscar(tenant, AsaasIntegracao.TIPO);
        if (integracao.isEmpty()) {
            return new Resultado(tenant, Desfecho.SEM_PENDENCIAS, 0, 0, 0);
        }
        AsaasClient.Acesso acesso;
        try {
            acesso = tipo.acesso(integracao.get());
        } catch (DomainException e) {
            log.warn("Asaas reconciliation of tenant {} skipped: {}", tenant, e.code());
            return new Resultado(tenant, Desfecho.INTERROMPIDA, aguardadas.size(), 0, 0);
        }
        Map<String, CobrancaAguardada> porId = aguardadas.stream()
                .collect(Collectors.toMap(CobrancaAguardada::referenciaExterna, Function.identity(), (a, b) -> a));
        Map<String, String> periodo = periodoDeCriacao(aguardadas);
        int paginas = 0;
        int registrados = 0;
        try {
            for (Map.Entry<String, String> status : EVENTO_DO_STATUS) {
                Map<String, String> filtros = new LinkedHashMap<>(periodo);
                filtros.put("status", status.getKey());
                int offset = 0;
                for (int pagina = 0; pagina < paginasPorStatus; pagina++) {
                    AsaasClient.PaginaDeCobrancas lida = asaas.listarCobrancas(acesso, filtros, offset);
                    paginas++;
                    for (JsonNode cobranca : lida.cobrancas()) {
                        if (registrar(tenant, porId, cobranca, status.getValue())) {
                            registrados++;
                        }
                    }
                    if (!lida.temMais() || lida.cobrancas().isEmpty()) {
                        break;
                    }
                    offset += lida.cobrancas().size();
                }
            }
        } catch (AsaasClient.AsaasPediuEspera e) {
            pausadosAte.put(tenant, clock.instant().plus(e.espera()));
            log.warn("Asaas asked tenant {} to slow down (429): reconciliation stopped, next attempt not before {}",
                    tenant, e.espera());
            return new Resultado(tenant, Desfecho.PAUSADA, aguardadas.size(), paginas, registrados);
        } catch (FalhaNoProvedor e) {
            log.warn("Asaas reconciliation of tenant {} stopped: {}", tenant, e.code());
            return new Resultado(tenant, Desfecho.INTERROMPIDA, aguardadas.size(), paginas, registrados);
        }
        pausadosAte.remove(tenant);
        return new Resultado(tenant, Desfecho.CONCLUIDA, aguardadas.size(), paginas, registrados);
    }

    /**
     * The listed charge, when it is one we are waiting for, as the webhook of its state would have
     * brought it. True when the inbox did not have that state yet.
     */
    private boolean registrar(TenantId tenant, Map<String, CobrancaAguardada> porId, JsonNode cobranca,
            String evento) {
        String id = JsonDoProvedor.texto(cobranca, "id");
        if (id == null || !porId.containsKey(id) || cobranca.path("deleted").asBoolean(false)) {
            return false;
        }
        String chave = InterpretadorAsaas.chaveDeEfeito(evento, id);
        String eventoId = EventosDoProvedor.PREFIXO_CONCILIACAO + chave;
        ObjectNode envelope = JsonDoProvedor.mapper().createObjectNode()
                .put("id", eventoId)
                .put("event", evento)
                .put("dateCreated", DATA_E_HORA.format(clock.instant().atZone(BRASILIA)));
        envelope.set("payment", cobranca);
        return eventos.registrar(Provedor.ASAAS, tenant, eventoId, evento, id, envelope.toString(), chave);
    }

    /**
     * Asaas's {@code dateCreated} filter around when we opened the charges: Asaas dates them in
     * Brasília time, a day either side covers the difference from UTC.
     */
    private static Map<String, String> periodoDeCriacao(List<CobrancaAguardada> aguardadas) {
        LocalDate primeira = aguardadas.stream().map(c -> LocalDate.ofInstant(c.criadaEm(), ZoneOffset.UTC))
                .min(LocalDate::compareTo).orElseThrow();
        LocalDate ultima = aguardadas.stream().map(c -> LocalDate.ofInstant(c.criadaEm(), ZoneOffset.UTC))
                .max(LocalDate::compareTo).orElseThrow();
        Map<String, String> filtros = new LinkedHashMap<>();
        filtros.put("dateCreated[ge]", primeira.minusDays(1).toString());
        filtros.put("dateCreated[le]", ultima.plusDays(1).toString());
        return filtros;
    }
}
