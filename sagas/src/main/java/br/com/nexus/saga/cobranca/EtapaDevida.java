package br.com.nexus.saga.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;

/** Payload of the deadline at which the boleto's next régua step is due. */
record EtapaDevida(BoletoId boletoId) {
}
