package br.com.nexus.kernel.consulta;

/** The bucket size of a time series: days, ISO weeks (starting on Monday) or calendar months. */
public enum Agrupamento {
    DIA,
    SEMANA,
    MES
}
