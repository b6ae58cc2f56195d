package br.com.nexus.saga.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;

/** Payload of the deadline at which an unpaid boleto counts as overdue. */
record PrazoDeVencimento(BoletoId boletoId) {
}
