package nl.gemeenschapsfonds;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one style sheet closes every block it opens (side19, 2026-12-05): a merge had left
 * {@code .assessment-verdict-waiting} open, and since browsers nest CSS, every later rule (the wizard's steps, the
 * application in brief, the mail grid, the work queue at 320 px) applied only inside that class, that is nowhere.
 */
class AppCssTest {

    @Test
    void every_rule_of_app_css_is_closed_before_the_next_top_level_comment() throws IOException {
        String css = Files.readString(Path.of("frontend/assets/app.css")).replaceAll("(?s)/\\*.*?\\*/", "/**/");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            switch (c) {
                case '{' -> depth++;
                case '}' -> depth--;
                case '\n' -> line++;
                default -> {
                }
            }
            assertThat(depth).as("braces at line %d", line).isNotNegative();
        }
        assertThat(depth).as("blocks left open at the end of app.css").isZero();
        // a top-level comment (column 0) inside an open block is the sign of a missing brace
        int open = 0;
        String[] lines = Files.readString(Path.of("frontend/assets/app.css")).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("/*")) {
                assertThat(open).as("a section comment inside an open block at line %d", i + 1).isZero();
            }
            for (char c : lines[i].toCharArray()) {
                open += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
        }
    }
}
