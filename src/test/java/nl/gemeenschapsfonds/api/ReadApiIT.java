package nl.gemeenschapsfonds.api;

import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** The read API over real HTTP: public resources, tokens of an authority's clients, problems, the version header. */
@IntegrationTest
class ReadApiIT {

    static final String ALL_SCOPES = "applications.read decisions.read payments.read pledges.read";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).contains("1.0.0");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private record Authority(Staff staff, String code, long call) {
    }

    private Authority authority(String name) throws Exception {
        Staff staff = authorities.newAuthority(name);
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        return new Authority(staff, jdbc.sql("select code from authority where id = ?").param(staff.authorityId())
                .query(String.class).single(), call);
    }

    private static String client() {
        return "client-" + UUID.randomUUID();
    }

    @Test
    void public_grants_answer_with_the_version_header_camel_case_fields_money_as_strings_and_paging_links() throws Exception {
        HttpResponse<String> response = get("/api/v1/grants?pageSize=1", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("API-Version")).contains("1.0.0");
        JsonNode body = JSON.readTree(response.body());
        JsonNode grant = body.get("items").get(0);
        assertThat(grant.get("granted").get("value").isString()).isTrue();
        assertThat(grant.get("granted").get("value").asString()).matches("[0-9]+\\.[0-9]{2}");
        assertThat(grant.get("granted").get("currency").asString()).isEqualTo("EUR");
        assertThat(grant.get("decisionDate").asString()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        assertThat(body.get("_links").get("next").get("href").asString()).contains("cursor=");

        HttpResponse<String> next = get(URI.create(body.get("_links").get("next").get("href").asString()).getRawPath() + "?"
                + URI.create(body.get("_links").get("next").get("href").asString()).getRawQuery(), null);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(next.body()).get("items").get(0).get("reference").asString())
                .isNotEqualTo(grant.get("reference").asString());
    }

    @Test
    void without_a_token_the_authoritys_resources_answer_401_as_a_problem() throws Exception {
        assertProblem(get("/api/v1/applications", null), 401);
        assertProblem(get("/api/v1/applications", "not-a-token"), 401);
        Authority authority = authority("Gemeente Zonder Token");
        String otherIssuer = ApiTokens.token("https://elsewhere.example", client(), authority.code(), ALL_SCOPES,
                Instant.now().plusSeconds(300));
        assertProblem(get("/api/v1/applications", otherIssuer), 401);
        String expired = ApiTokens.token(ApiTokens.ISSUER, client(), authority.code(), ALL_SCOPES, Instant.now().minusSeconds(300));
        assertProblem(get("/api/v1/applications", expired), 401);
    }

    @Test
    void a_token_without_the_scope_or_authority_answers_403_as_a_problem() throws Exception {
        Authority authority = authority("Gemeente Scope");
        assertProblem(get("/api/v1/payments", ApiTokens.token(client(), authority.code(), "applications.read")), 403);
        assertProblem(get("/api/v1/applications", ApiTokens.token(client(), null, ALL_SCOPES)), 403);
    }

    @Test
    void bad_parameters_answer_400_and_unknown_resources_404_as_problems() throws Exception {
        assertProblem(get("/api/v1/grants?pageSize=0", null), 400);
        assertProblem(get("/api/v1/grants?year=twee", null), 400);
        assertProblem(get("/api/v1/grants?cursor=bm9wZQ", null), 400);
        assertProblem(get("/api/v1/grants/GF-0000-999999", null), 404);
        assertProblem(get("/api/v1/no-such-thing", ApiTokens.token(client(), null, "")), 404);
    }

    @Test
    void a_client_of_authority_a_reads_its_own_application_and_gets_404_for_authority_bs() throws Exception {
        Authority a = authority("Gemeente A");
        Authority b = authority("Gemeente B");
        long ownApplication = applications.submitted(authorities.newApplicant("Vereniging A"), a.call(), Map.of(2027, amount("4000")));
        long theirApplication = applications.submitted(authorities.newApplicant("Vereniging B"), b.call(), Map.of(2027, amount("4000")));
        String tokenOfA = ApiTokens.token(client(), a.code(), ALL_SCOPES);

        HttpResponse<String> own = get("/api/v1/applications/" + ownApplication, tokenOfA);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(JSON.readTree(own.body()).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(JSON.readTree(own.body()).get("amountRequested").get("value").asString()).isEqualTo("4000.00");
        JsonNode decidedAt = JSON.readTree(own.body()).get("decidedAt");
        assertThat(decidedAt == null || decidedAt.isNull()).as("not decided yet").isTrue();

        assertProblem(get("/api/v1/applications/" + theirApplication, tokenOfA), 404);
        JsonNode list = JSON.readTree(get("/api/v1/applications?pageSize=100", tokenOfA).body());
        assertThat(list.get("items").findValues("id").stream().map(JsonNode::asLong))
                .contains(ownApplication).doesNotContain(theirApplication);
    }

    @Test
    void decisions_payments_and_pledges_of_the_own_authority_are_listed() throws Exception {
        Authority a = authority("Gemeente Besluit");
        long granted = applications.granted(a.staff(), authorities.newApplicant("Vereniging Besluit"), a.call(),
                Map.of(2027, amount("6000")));
        String token = ApiTokens.token(client(), a.code(), ALL_SCOPES);

        JsonNode decisions = JSON.readTree(get("/api/v1/decisions?applicationId=" + granted, token).body());
        assertThat(decisions.get("items").get(0).get("kind").asString()).isEqualTo("GRANT");
        assertThat(decisions.get("items").get(0).get("grantedTotal").get("value").asString()).isEqualTo("6000.00");
        JsonNode application = JSON.readTree(get("/api/v1/applications/" + granted, token).body());
        assertThat(application.get("status").asString()).isEqualTo("GRANTED");
        assertThat(application.get("decidedAt") != null && !application.get("decidedAt").isNull())
                .as("the moment of the decision, from review's decisions").isTrue();
        assertThat(get("/api/v1/payments", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/pledges", token).statusCode()).isEqualTo(200);
    }

    @Test
    void a_client_over_its_rate_limit_gets_429_with_retry_after() throws Exception {
        Authority a = authority("Gemeente Druk");
        String token = ApiTokens.token(client(), a.code(), ALL_SCOPES);
        HttpResponse<String> last = null;
        for (int i = 0; i < 100; i++) { // limit 40 a minute; at most one new minute starts meanwhile
            last = get("/api/v1/pledges?pageSize=1", token);
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertProblem(last, 429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        // another client of the same authority is not held up
        assertThat(get("/api/v1/pledges?pageSize=1", ApiTokens.token(client(), a.code(), ALL_SCOPES)).statusCode()).isEqualTo(200);
    }
}
