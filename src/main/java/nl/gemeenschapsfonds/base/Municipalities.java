package nl.gemeenschapsfonds.base;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The Dutch municipalities with their CBS codes (reference data, shipped as a migration), for
 * choosing a facility's or an organisation's municipality.
 */
@Component
public class Municipalities {

    public record Municipality(String code, String name) {
    }

    private final JdbcClient jdbc;
    private volatile List<Municipality> all;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All current municipalities, by name. */
    public List<Municipality> all() {
        List<Municipality> cached = all;
        if (cached == null) {
            cached = jdbc.sql("select code, name from municipality where valid_to is null order by name")
                    .query((rs, row) -> new Municipality(rs.getString("code"), rs.getString("name"))).list();
            all = cached;
        }
        return cached;
    }

    public Optional<Municipality> byCode(String code) {
        return all().stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
