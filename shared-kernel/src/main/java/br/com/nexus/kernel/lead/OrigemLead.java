package br.com.nexus.kernel.lead;

/** Where a lead came from. */
public enum OrigemLead {
    WHATSAPP,
    INSTAGRAM,
    FACEBOOK,
    GOOGLE,
    SITE,
    INDICACAO,
    TELEFONE,
    PRESENCIAL,
    OUTRO
}
