package br.com.nexus.kernel.consulta.lead;

import java.util.List;

/** One page of leads; {@code total} counts every lead matching the filters. */
public record PaginaDeLeads(
        List<LeadResumo> items,
        int page,
        int size,
        long total) {
}
