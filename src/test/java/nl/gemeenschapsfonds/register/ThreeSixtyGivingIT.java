package nl.gemeenschapsfonds.register;

import com.networknt.schema.Error;
import com.networknt.schema.FailFastAssertionException;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import nl.gemeenschapsfonds.benchmark.DataGenerator;
import nl.gemeenschapsfonds.test.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The 360Giving export, validated against the standard's schema 1.4.3 (JSON Schema 2020-12, with format assertions,
 * the schema's URLs mapped to the copies in src/test/resources/360giving), stopping at the first error: the demo
 * data's package as served at its stable URL, and the package of generated data.
 */
@IntegrationTest
class ThreeSixtyGivingIT {

    static final String BASE = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    static final Schema PACKAGE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).failFast(true).build())
                    .schemaIdResolvers(resolvers -> resolvers
                            .mapPrefix(BASE + "1.4.3/schema/", "classpath:360giving/")
                            // the package schema refers to the grant schema by its 1.4.2 address
                            .mapPrefix(BASE + "1.4.2/schema/", "classpath:360giving/")))
            .getSchema(SchemaLocation.of(BASE + "1.4.3/schema/360-giving-package-schema.json"));

    @Autowired ThreeSixtyGiving threeSixtyGiving;
    @Autowired RegisterProjection projection;
    // the generator bulk-loads like an administrator (it resets sequences): as the schema owner, not the runtime role
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("migrationOwnerDataSource") DataSource dataSource;
    @LocalServerPort int port;

    static void assertValid(String json) {
        try {
            List<Error> errors = PACKAGE.validate(json, InputFormat.JSON);
            if (!errors.isEmpty()) {
                fail("Not valid 360Giving: " + errors.getFirst());
            }
        } catch (FailFastAssertionException e) {
            fail("Not valid 360Giving: " + e.getMessage());
        }
    }

    @Test
    void the_schema_check_can_fail() {
        try {
            List<Error> errors = PACKAGE.validate("{\"grants\": [{\"id\": \"360G-x-1\", \"currency\": \"EUR\"}]}", InputFormat.JSON);
            assertThat(errors).isNotEmpty();
        } catch (FailFastAssertionException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Test
    void the_demo_datas_package_at_its_stable_url_is_valid_360giving() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/open-data/360giving.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertValid(response.body());
        JsonNode grant = JsonMapper.builder().build().readTree(response.body()).get("grants").get(0);
        assertThat(grant.get("id").asString()).startsWith("360G-gftest-GF-");
        assertThat(grant.get("currency").asString()).isEqualTo("EUR");
        assertThat(grant.get("recipientOrganization").get(0).get("id").asString()).matches("NL-KVK-[0-9]{8}|360G-gftest-ORG-.*");
        assertThat(grant.get("beneficiaryLocation").get(0).get("geoCode").asString()).matches("GM[0-9]{4}");
    }

    @Test
    void the_package_of_generated_data_is_valid_360giving() {
        DataGenerator.Result data = new DataGenerator(dataSource, 16).generate(300);
        projection.rebuild();
        String code = data.tag() + "-0";
        String json = threeSixtyGiving.json(code).orElseThrow();
        assertValid(json);
        assertThat(threeSixtyGiving.grants(code)).isNotEmpty()
                .allSatisfy(grant -> assertThat(grant.get("fundingOrganization").toString()).contains(code));
    }

    @Test
    void the_csv_flavour_has_the_standards_column_titles_and_a_row_per_grant() throws Exception {
        String csv = threeSixtyGiving.csv(null);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).startsWith("Identifier", "Title", "Description", "Currency", "Amount Applied For",
                    "Amount Awarded", "Award Date").contains("Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier",
                    "Funding Org:Name", "Beneficiary Location:Geographic Code", "Planned Dates:Start Date");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(threeSixtyGiving.grants(null).size());
            assertThat(rows.getFirst().get("Currency")).isEqualTo("EUR");
            assertThat(rows.getFirst().get("Amount Awarded")).matches("[0-9]+\\.[0-9]{2}");
        }
    }
}
