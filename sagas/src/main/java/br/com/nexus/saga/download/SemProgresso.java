package br.com.nexus.saga.download;

import br.com.nexus.kernel.download.ExecucaoDownloadId;

/** Payload of the deadline that closes a download run nobody is working on anymore. */
record SemProgresso(ExecucaoDownloadId execucaoId) {
}
