package nl.gemeenschapsfonds.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenAPI document of /api/v1 as the API Design Rules want it: the server URL carries the major version
 * (paths are relative to it), contact with name, e-mail and URL, a semver version, the {@code API-Version} header
 * on every response, and every error as {@code application/problem+json} with status, title and detail.
 */
@Configuration
class OpenApiConfiguration {

    static final String PREFIX = "/api/v1";

    @Bean
    OpenAPI apiDocument(@Value("${app.base-url}") String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new OpenAPI()
                .info(new Info().title("Gemeenschapsfonds API").version(ApiVersionFilter.VERSION)
                        .description("Read API of the Gemeenschapsfonds: open calls and the public grant register for everybody; "
                                + "an authority's applications, decisions, payments and pledges for its integration clients "
                                + "(OAuth2 client credentials, bearer JWT with the claim 'authority' and the scopes "
                                + "applications.read, decisions.read, payments.read, pledges.read).")
                        .contact(new Contact().name("Beheer Gemeenschapsfonds").email("beheer@gemeenschapsfonds.nl")
                                .url("https://github.com/gemeenschapsfonds/gemeenschapsfonds"))
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
                .addServersItem(new Server().url(base + PREFIX))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }

    @Bean
    OpenApiCustomizer designRules() {
        return openApi -> {
            Paths relative = new Paths();
            openApi.getPaths().forEach((path, item) -> relative.addPathItem(
                    path.startsWith(PREFIX) ? (path.length() == PREFIX.length() ? "/" : path.substring(PREFIX.length())) : path, item));
            openApi.setPaths(relative);
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(this::responses));
        };
    }

    /** Inline, so every checker sees status, title and detail without resolving a reference. */
    private static Schema<Object> problemSchema() {
        Schema<Object> schema = new Schema<>();
        schema.type("object").description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Not Found"))
                .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema().example(404))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema());
        schema.setRequired(java.util.List.of("status", "title", "detail"));
        return schema;
    }

    private void responses(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Bad Request: a parameter is not valid");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            errors.put("401", "Unauthorized: no valid bearer token");
            errors.put("403", "Forbidden: the token lacks the scope or authority");
        }
        errors.put("404", "Not Found");
        errors.put("429", "Too Many Requests: the rate limit is reached");
        errors.forEach((status, description) -> responses.put(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(problemSchema())))));
        responses.forEach((status, response) -> response.addHeaderObject(ApiVersionFilter.HEADER,
                new Header().description("The full version of the API").schema(new StringSchema().example(ApiVersionFilter.VERSION))));
        operation.setResponses(responses);
    }
}
