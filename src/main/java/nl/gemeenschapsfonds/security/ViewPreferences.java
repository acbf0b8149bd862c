package nl.gemeenschapsfonds.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The optional columns each user chose to see in an all-day list (issue 20), remembered per user and view across
 * sessions: the applicant's "Mijn aanvragen", finance's payments, the funders' marketplace.
 */
@Service
public class ViewPreferences {

    private static final int MAX_LENGTH = 500;
    private static final String KEY = "[a-z0-9-]{1,40}";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ViewPreferences(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The signed-in user's visible columns (keys) of a view, or empty when they never chose. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Set<String>> visibleColumns(String view) {
        return jdbc.sql("select visible_columns from view_preference where user_id = ? and view_key = ?")
                .params(currentUser.require().id(), checked(view)).query(String.class).optional()
                .map(text -> new LinkedHashSet<>(Arrays.stream(text.split(",")).filter(key -> !key.isBlank()).toList()));
    }

    /** Remembers the signed-in user's visible columns of a view (keys of letters, digits and dashes). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberVisibleColumns(String view, Set<String> keys) {
        List<String> clean = keys.stream().filter(key -> key.matches("[A-Za-z0-9-]{1,40}")).toList();
        String text = String.join(",", clean);
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("too many columns");
        }
        jdbc.sql("""
                        insert into view_preference (user_id, view_key, visible_columns) values (?, ?, ?)
                        on conflict (user_id, view_key) do update set visible_columns = excluded.visible_columns""")
                .params(currentUser.require().id(), checked(view), text).update();
    }

    private static String checked(String view) {
        if (!view.matches(KEY)) {
            throw new IllegalArgumentException("view key: " + view);
        }
        return view;
    }
}
