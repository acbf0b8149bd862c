package nl.gemeenschapsfonds.base;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Dutch municipalities with their CBS codes (reference data, shipped as a migration), for
 * choosing a facility's or an organisation's municipality.
 */
@Component
public class Municipalities {

    public record Municipality(String code, String name) {
    }

    /** The old article of {@code 's-Gravenhage}, {@code 's-Hertogenbosch}: ignored when sorting. */
    private static final Pattern ARTICLE = Pattern.compile("^'(s|t)[- ]");

    private final JdbcClient jdbc;
    private final Clock clock;
    /** The list of the day, shared by every session: reference data changes only with a migration. */
    private volatile InForce inForce;

    private record InForce(LocalDate day, List<Municipality> municipalities) {
    }

    Municipalities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The municipalities in force today, by name as a Dutch list sorts them: {@code 's-Gravenhage}
     * under G and {@code 's-Hertogenbosch} under H, not before A.
     */
    public List<Municipality> all() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        InForce cached = inForce;
        if (cached == null || !cached.day().equals(day)) {
            cached = new InForce(day, load(day));
            inForce = cached;
        }
        return cached.municipalities();
    }

    private List<Municipality> load(LocalDate day) {
        Collator dutch = Collator.getInstance(Locale.of("nl", "NL"));
        dutch.setStrength(Collator.SECONDARY);
        Date today = Date.valueOf(day);
        return jdbc.sql("select code, name from municipality where valid_from <= ? and (valid_to is null or valid_to > ?)")
                .params(today, today)
                .query((rs, row) -> new Municipality(rs.getString("code"), rs.getString("name")))
                .list().stream()
                .sorted(Comparator.comparing((Municipality m) -> ARTICLE.matcher(m.name()).replaceFirst(""), dutch))
                .toList();
    }

    public Optional<Municipality> byCode(String code) {
        return jdbc.sql("select code, name from municipality where code = ?").param(code)
                .query((rs, row) -> new Municipality(rs.getString("code"), rs.getString("name"))).optional();
    }

    public boolean exists(String code) {
        return byCode(code).isPresent();
    }
}
