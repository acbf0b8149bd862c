package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The work-queue columns each user chose to see (issue 20), remembered per user across sessions. */
@Service
public class WorkQueuePreferences {

    private static final int MAX_LENGTH = 500;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    WorkQueuePreferences(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The signed-in user's visible columns (keys), or empty when they never chose. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public Optional<Set<String>> visibleColumns() {
        return jdbc.sql("select visible_columns from work_queue_preference where user_email = ?").param(me())
                .query(String.class).optional()
                .map(text -> new LinkedHashSet<>(Arrays.stream(text.split(",")).filter(key -> !key.isBlank()).toList()));
    }

    /** Remembers the signed-in user's visible columns (keys of letters, digits and dashes). */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public void rememberVisibleColumns(Set<String> keys) {
        List<String> clean = keys.stream().filter(key -> key.matches("[A-Za-z0-9-]{1,40}")).toList();
        String text = String.join(",", clean);
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("too many columns");
        }
        jdbc.sql("""
                        insert into work_queue_preference (user_email, visible_columns) values (?, ?)
                        on conflict (user_email) do update set visible_columns = excluded.visible_columns""")
                .params(me(), text).update();
    }

    private String me() {
        return currentUser.require().email().toLowerCase(Locale.ROOT);
    }
}
