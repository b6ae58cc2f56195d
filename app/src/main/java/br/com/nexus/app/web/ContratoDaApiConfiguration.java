package br.com.nexus.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The published API contract ({@code /v3/api-docs}) and the one rule on nulls it relies on.
 *
 * <p>Nulls: a JSON answer never carries {@code null}; a field without a value is left out, and the
 * document lists no answer field as required. Only the HTTP converter omits them: events and
 * stored payloads keep their shape.
 *
 * <p>Errors: every operation refers to one {@code Problema} schema (RFC 9457 problem+json with our
 * {@code code}), under the statuses it can answer, and a {@code default} for the rare ones (405,
 * 406, 413, 415, 503) that any operation may meet.
 */
@Configuration(proxyBeanMethods = false)
class ContratoDaApiConfiguration implements WebMvcConfigurer {

    static final String PROBLEMA = "Problema";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private static final String ASAAS = "asaasAccessToken";
    private static final String EFI = "efiHmac";
    private static final String EVOLUTION_JWT = "evolutionJwt";
    private static final String EVOLUTION_TOKEN = "evolutionWebhookToken";

    /** Money travels as a decimal string in reais with two places, never as a binary floating point. */
    static final String DINHEIRO = "^-?\\d{1,13}\\.\\d{2}$";
    private static final Pattern CAMPO_DE_DINHEIRO = Pattern.compile("^valor.*|.*Centavos$");

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                ObjectMapper semNulos = jackson.getObjectMapper().copy()
                        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
                jackson.setObjectMapper(semNulos);
            }
        }
    }

    @Bean
    OpenApiCustomizer contratoDaApi() {
        return openApi -> {
            openApi.info(new Info().title("Nexus Cobrança API").version(versao()).description("""
                    Cobrança de boletos, disparos por WhatsApp, pagamentos e funil de leads, por empresa.
                    Autentique-se em POST /api/auth/login e envie o token como Authorization: Bearer.
                    Erros seguem problem+json (schema Problema) com um `code` estável. Campos sem valor são \
                    omitidos das respostas, nunca enviados como null. Valores em reais são strings decimais \
                    com duas casas ("150.50")."""));
            openApi.setTags(tagsSemRepeticao(openApi.getTags()));
            Components componentes = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(componentes);
            componentes.addSchemas(PROBLEMA, problema());
            esquemasDosWebhooks(componentes);
            if (componentes.getSchemas() != null) {
                componentes.getSchemas().forEach(ContratoDaApiConfiguration::dinheiro);
                componentes.getSchemas().values().forEach(ContratoDaApiConfiguration::valoresLivres);
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((caminho, item) -> item.readOperationsMap()
                    .forEach((metodo, operacao) -> ajustar(caminho, metodo, operacao)));
            openApi.getPaths().values().forEach(item -> item.readOperations()
                    .forEach(operacao -> exemploDoCorpo(operacao, componentes)));
        };
    }

    /** One tag per resource, even when its commands and reads live in different controllers. */
    private static List<Tag> tagsSemRepeticao(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> porNome = new TreeMap<>();
        for (Tag tag : tags) {
            Tag existente = porNome.get(tag.getName());
            if (existente == null || existente.getDescription() == null) {
                porNome.put(tag.getName(), tag);
            }
        }
        return new ArrayList<>(porNome.values());
    }

    private static String versao() {
        String versao = ContratoDaApiConfiguration.class.getPackage().getImplementationVersion();
        return versao != null ? versao : "0.1.0";
    }

    private static void ajustar(String caminho, PathItem.HttpMethod metodo, Operation operacao) {
        boolean webhook = caminho.startsWith("/api/webhooks/");
        boolean publico = webhook || caminho.startsWith("/api/auth/");
        if (webhook) {
            operacao.setSecurity(seguranca(caminho));
            operacao.setRequestBody(new RequestBody().required(false).description("O evento, no formato do provedor")
                    .content(new Content().addMediaType(JSON, new MediaType().schema(new ObjectSchema()))));
            ApiResponse recebido = new ApiResponse().description("Evento recebido");
            if (caminho.startsWith("/api/webhooks/evolution")) {
                recebido.content(new Content().addMediaType(JSON, new MediaType().schema(new ObjectSchema()
                        .addProperty("recebido", new BooleanSchema())
                        .addProperty("evento", new StringSchema().example("messages-update")))));
            }
            operacao.getResponses().put("200", recebido);
        } else if (publico) {
            operacao.setSecurity(List.of());
        }
        ApiResponses respostas = operacao.getResponses();
        respostas.forEach((status, resposta) -> tiposDeConteudo(caminho, status, resposta));
        if (caminho.endsWith("/pdf") && metodo == PathItem.HttpMethod.GET) {
            // The stored PDF never changes under its hash, which is its ETag.
            respostas.put("304", new ApiResponse().description("Não modificado desde o ETag enviado em If-None-Match"));
        }
        Map<String, String> erros = new LinkedHashMap<>();
        erros.put("400", "Requisição inválida (REQUISICAO_INVALIDA ou o código da regra)");
        erros.put("401", "Sem autenticação válida (NAO_AUTENTICADO)");
        if (!publico) {
            erros.put("403", "O papel do usuário não permite esta operação (ACESSO_NEGADO)");
        }
        if (caminho.contains("{")) {
            erros.put("404", "Registro não encontrado nesta empresa");
        }
        if (metodo != PathItem.HttpMethod.GET && !webhook) {
            erros.put("409", "Conflito com o estado atual ou com outro registro");
            erros.put("422", "A operação viola uma regra do negócio");
        }
        if (publico || metodo == PathItem.HttpMethod.GET) {
            erros.put("429", "Muitas requisições; veja Retry-After");
        }
        erros.put("default", "Outra falha (405, 406, 413, 415, 500, 503), no mesmo formato");
        erros.forEach((status, descricao) -> {
            ApiResponse existente = respostas.get(status);
            respostas.put(status, new ApiResponse()
                    .description(existente != null && existente.getDescription() != null
                            && !existente.getDescription().isBlank() ? existente.getDescription() : descricao)
                    .content(problemJson()));
        });
        respostas.forEach((status, resposta) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                resposta.setContent(problemJson());
            }
        });
        ApiResponse criado = respostas.get("201");
        if (criado != null) {
            criado.addHeaderObject("Location", new Header().description("Caminho absoluto do registro criado")
                    .schema(new StringSchema().example("/api/leads/3f6c1a52-9d1e-4d0b-a7a4-2f1f0e6c9b10")));
        }
        if (operacao.getParameters() != null) {
            operacao.getParameters().forEach(ContratoDaApiConfiguration::mes);
        }
    }

    /** {@code *}/{@code *} says nothing to a client: JSON, or the file type of a download. */
    private static void tiposDeConteudo(String caminho, String status, ApiResponse resposta) {
        Content conteudo = resposta.getContent();
        if (conteudo == null || conteudo.isEmpty()) {
            return;
        }
        String arquivo = caminho.endsWith(".xlsx") ? XLSX
                : caminho.endsWith(".pdf") || caminho.endsWith("/pdf") ? PDF : null;
        if (arquivo != null && status.startsWith("2")) {
            resposta.setContent(new Content().addMediaType(arquivo, new MediaType().schema(new BinarySchema())));
            return;
        }
        MediaType qualquer = conteudo.remove("*/*");
        if (qualquer != null) {
            conteudo.addMediaType(JSON, qualquer);
        }
    }

    private static List<SecurityRequirement> seguranca(String caminho) {
        if (caminho.startsWith("/api/webhooks/asaas")) {
            return List.of(new SecurityRequirement().addList(ASAAS));
        }
        if (caminho.startsWith("/api/webhooks/efi")) {
            return List.of(new SecurityRequirement().addList(EFI));
        }
        // The Evolution API may also prove itself by the instance token in the payload's apikey.
        return List.of(new SecurityRequirement().addList(EVOLUTION_JWT),
                new SecurityRequirement().addList(EVOLUTION_TOKEN), new SecurityRequirement());
    }

    private static void esquemasDosWebhooks(Components componentes) {
        componentes.addSecuritySchemes(ASAAS, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("asaas-access-token")
                .description("O token de webhook configurado na integração Asaas"));
        componentes.addSecuritySchemes(EFI, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.QUERY).name("hmac")
                .description("O segredo da URL de webhook registrada na Efí"));
        componentes.addSecuritySchemes(EVOLUTION_JWT, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("JWT HS256 assinado pela Evolution API com a jwtKey da instância"));
        componentes.addSecuritySchemes(EVOLUTION_TOKEN, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("x-webhook-token")
                .description("Token fixo configurado no webhook da instância; ou o apikey da instância no corpo"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problema() {
        Map<String, Schema> propriedades = new LinkedHashMap<>();
        propriedades.put("type", new StringSchema().format("uri").example("urn:nexus:problema:requisicao-invalida"));
        propriedades.put("title", new StringSchema().example("Bad Request"));
        propriedades.put("status", new IntegerSchema().example(400));
        propriedades.put("detail", new StringSchema().example("valor: deve ser maior que zero"));
        propriedades.put("instance", new StringSchema().example("/api/boletos"));
        propriedades.put("code", new StringSchema().description("Código estável do erro, para programas")
                .example("REQUISICAO_INVALIDA"));
        propriedades.put("errors", new ArraySchema().description("Campos recusados, quando a falha é de validação")
                .items(new ObjectSchema()
                        .addProperty("campo", new StringSchema().example("valor"))
                        .addProperty("mensagem", new StringSchema().example("deve ser maior que zero"))));
        propriedades.put("boletoExistenteId", new StringSchema().format("uuid")
                .description("Em BOLETO_DUPLICADO: o boleto já registrado com a mesma linha digitável"));
        // RFC 9457 lets a problem carry extension members; a client must ignore the ones it does not know.
        return new ObjectSchema().description("Problema (RFC 9457) com o código do erro")
                .properties(propriedades).required(List.of("type", "title", "status", "code"))
                .additionalProperties(Boolean.TRUE);
    }

    private static Content problemJson() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEMA)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void dinheiro(String nome, Schema esquema) {
        if (esquema.getProperties() == null) {
            return;
        }
        boolean resposta = !nome.endsWith("Request") && !nome.endsWith("Proposta");
        ((Map<String, Schema>) esquema.getProperties()).forEach((campo, propriedade) -> {
            if (CAMPO_DE_DINHEIRO.matcher(campo).matches() && "string".equals(propriedade.getType())
                    && propriedade.getFormat() == null) {
                propriedade.setExample("150.50");
                if (resposta) {
                    propriedade.setPattern(DINHEIRO);
                }
            }
        });
    }

    /**
     * A {@code Map<String, Object>} (event metadata, for one) holds any JSON value, not only objects
     * as springdoc writes it.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void valoresLivres(Schema esquema) {
        if (esquema.getProperties() == null) {
            return;
        }
        ((Map<String, Schema>) esquema.getProperties()).values().forEach(propriedade -> {
            if (propriedade.getAdditionalProperties() instanceof Schema valores && valores.get$ref() == null
                    && "object".equals(valores.getType()) && valores.getProperties() == null) {
                propriedade.setAdditionalProperties(true);
            }
        });
    }

    /**
     * An example body built from what the schema knows for sure (examples, enums, dates, ids,
     * money); free text is left for the reader of the field's description.
     */
    @SuppressWarnings("rawtypes")
    private static void exemploDoCorpo(Operation operacao, Components componentes) {
        if (operacao.getRequestBody() == null || operacao.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operacao.getRequestBody().getContent().get(JSON);
        if (json == null || json.getSchema() == null || json.getExample() != null) {
            return;
        }
        Object exemplo = exemplo(json.getSchema(), componentes, 0);
        if (exemplo instanceof Map<?, ?> m && !m.isEmpty()) {
            json.setExample(exemplo);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Object exemplo(Schema esquema, Components componentes, int profundidade) {
        if (esquema.get$ref() != null) {
            String nome = esquema.get$ref().substring(esquema.get$ref().lastIndexOf('/') + 1);
            Schema alvo = componentes.getSchemas() == null ? null : componentes.getSchemas().get(nome);
            return alvo == null || profundidade > 3 ? null : exemplo(alvo, componentes, profundidade + 1);
        }
        if (esquema.getExample() != null) {
            return esquema.getExample();
        }
        if (esquema.getEnum() != null && !esquema.getEnum().isEmpty()) {
            return esquema.getEnum().get(0);
        }
        if (esquema.getProperties() != null) {
            Map<String, Object> objeto = new LinkedHashMap<>();
            ((Map<String, Schema>) esquema.getProperties()).forEach((campo, propriedade) -> {
                Object valor = exemplo(propriedade, componentes, profundidade + 1);
                if (valor != null) {
                    objeto.put(campo, valor);
                }
            });
            return objeto.isEmpty() ? null : objeto;
        }
        if (esquema.getFormat() == null) {
            return "boolean".equals(esquema.getType()) ? Boolean.TRUE : null;
        }
        return switch (esquema.getFormat()) {
            case "date" -> "2026-12-10";
            case "date-time" -> "2026-12-10T13:00:00Z";
            case "uuid" -> "3f6c1a52-9d1e-4d0b-a7a4-2f1f0e6c9b10";
            default -> null;
        };
    }

    private static final Set<String> MESES = Set.of("mes", "mesReferencia");

    @SuppressWarnings("rawtypes")
    private static void mes(Parameter parametro) {
        Schema esquema = parametro.getSchema();
        if (parametro.getName() != null && MESES.contains(parametro.getName()) && esquema != null && "string".equals(esquema.getType())) {
            esquema.setPattern("^\\d{4}-\\d{2}$");
            esquema.setExample("2026-03");
            parametro.setDescription(parametro.getDescription() != null ? parametro.getDescription()
                    : "Mês de referência, AAAA-MM");
        }
    }
}
