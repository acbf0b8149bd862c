package nl.gemeenschapsfonds;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** publiccode.yml at the top level holds what standard 0.4 requires, in Dutch and English. */
class PubliccodeYmlTest {

    private static final Set<String> CATEGORIES = Set.of("budgeting", "financial-reporting", "grant-management",
            "workflow-management", "document-management", "data-collection");

    @Test
    @SuppressWarnings("unchecked")
    void publiccode_yml_has_the_required_fields_of_version_0_4() throws Exception {
        Map<String, Object> code = new Yaml().load(Files.readString(Path.of("publiccode.yml")));

        assertThat(code).containsKeys("publiccodeYmlVersion", "name", "url", "platforms", "categories", "developmentStatus",
                "softwareType", "description", "legal", "maintenance", "localisation", "dependsOn");
        assertThat((String) code.get("publiccodeYmlVersion")).matches("0\\.[4-9].*");
        assertThat((List<String>) code.get("platforms")).contains("web");
        assertThat((List<String>) code.get("categories")).isNotEmpty().allMatch(CATEGORIES::contains);
        assertThat(code.get("developmentStatus")).isIn("concept", "development", "beta", "stable", "obsolete");
        assertThat(code.get("softwareType")).isEqualTo("standalone/web");
        Map<String, Map<String, Object>> description = (Map<String, Map<String, Object>>) code.get("description");
        assertThat(description).containsKeys("nl", "en");
        description.values().forEach(language -> {
            assertThat(((String) language.get("shortDescription")).length()).isBetween(1, 150);
            assertThat(((String) language.get("longDescription")).length()).isBetween(150, 10000);
        });
        assertThat(((Map<String, Object>) code.get("legal")).get("license")).isEqualTo("EUPL-1.2");
        Map<String, Object> maintenance = (Map<String, Object>) code.get("maintenance");
        assertThat(maintenance.get("type")).isIn("internal", "contract", "community", "none");
        assertThat((List<?>) maintenance.get("contacts")).isNotEmpty();
        assertThat((List<String>) ((Map<String, Object>) code.get("localisation")).get("availableLanguages")).contains("nl", "en");
        assertThat(((Map<String, List<Map<String, Object>>>) code.get("dependsOn")).get("open"))
                .extracting(dependency -> dependency.get("name")).contains("Java", "PostgreSQL");
    }
}
