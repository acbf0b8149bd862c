package nl.gemeenschapsfonds.register;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.fund.FacilityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The public grant register: what everybody may see, without signing in. Lists only rows of the register's read
 * model that the authority publishes: not held back, and at or above the call's minimum amount. Pages are read by
 * keyset (the sort key and the id of the last row), never by offset and never with a count of all rows, so the
 * 2,000th page costs what the first costs.
 */
@Service
public class GrantRegister {

    public static final int MAX_PAGE = 200;

    static final String LISTED = """
            from register_grant g
            left join register_call_threshold t on t.call_id = g.call_id
            left join municipality m on m.code = g.organisation_municipality_code
            left join municipality fm on fm.code = g.facility_municipality_code
            where not exists (select 1 from register_hold_back h where h.application_id = g.application_id)
              and g.granted_total >= coalesce(t.minimum_amount, 0)
            """;
    /** The same rows without the municipality names, for the totals. */
    static final String LISTED_FOR_TOTALS = """
            from register_grant g join register_grant_year y on y.application_id = g.application_id
            left join register_call_threshold t on t.call_id = g.call_id
            where not exists (select 1 from register_hold_back h where h.application_id = g.application_id)
              and g.granted_total >= coalesce(t.minimum_amount, 0)
            """;
    private static final String COLUMNS = """
            select g.*, m.name as municipality_name, fm.name as facility_municipality_name
            """;

    private final JdbcClient jdbc;

    GrantRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page in the chosen order after {@code cursor} (null: the first page); at most {@link #MAX_PAGE} rows. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public RegisterPage page(RegisterFilter filter, RegisterSort sort, String cursor, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        Where where = where(filter);
        if (cursor != null && !cursor.isBlank()) {
            String[] parts = decode(cursor);
            try {
            switch (sort) {
                case NEWEST -> where.add("(g.decision_date, g.application_id) < (?, ?)", Date.valueOf(LocalDate.parse(parts[0])),
                        Long.parseLong(parts[1]));
                case LARGEST -> where.add("(g.granted_total, g.application_id) < (?, ?)", new BigDecimal(parts[0]),
                        Long.parseLong(parts[1]));
                case RECIPIENT -> where.add("(g.organisation_name, g.application_id) > (?, ?)", parts[0], Long.parseLong(parts[1]));
            }
            } catch (RuntimeException e) { // a cursor of another order, or made up
                throw new InvalidInputException("cursor", "grantRegister.badCursor");
            }
        }
        String order = switch (sort) {
            case NEWEST -> " order by g.decision_date desc, g.application_id desc";
            case LARGEST -> " order by g.granted_total desc, g.application_id desc";
            case RECIPIENT -> " order by g.organisation_name, g.application_id";
        };
        List<RegisterItem> rows = withYears(jdbc.sql(COLUMNS + LISTED + where.sql + order + " limit " + (limit + 1))
                .params(where.params).query(GrantRegister::row).list());
        if (rows.size() <= limit) {
            return new RegisterPage(rows, null);
        }
        List<RegisterItem> page = rows.subList(0, limit);
        RegisterItem last = page.getLast();
        String key = switch (sort) {
            case NEWEST -> last.decisionDate().toString();
            case LARGEST -> last.grantedTotal().toPlainString();
            case RECIPIENT -> last.organisationName();
        };
        return new RegisterPage(List.copyOf(page), encode(key, last.applicationId()));
    }

    /** Every listed grant of the filter, newest first, handed over in chunks (for the CSV, XLSX and 360Giving files). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public void each(RegisterFilter filter, Consumer<RegisterItem> consumer) {
        String cursor = null;
        do {
            RegisterPage page = page(filter, RegisterSort.NEWEST, cursor, MAX_PAGE);
            page.items().forEach(consumer);
            cursor = page.next();
        } while (cursor != null);
    }

    /** The listed grants per call and budget year, for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<RegisterTotal> totals(RegisterFilter filter) {
        Where where = where(new RegisterFilter(filter.authorityCode(), filter.callId(), null, filter.facilityType(),
                filter.municipalityCode()));
        String year = "";
        List<Object> params = new ArrayList<>(where.params);
        if (filter.year() != null) {
            year = " and y.year = ?";
            params.add(filter.year());
        }
        return jdbc.sql("select g.call_id, g.call_title_nl, g.call_title_en, y.year, count(*) as grants, sum(y.amount) as granted "
                        + LISTED_FOR_TOTALS
                        + where.sql + year
                        + " group by g.call_id, g.call_title_nl, g.call_title_en, y.year order by g.call_title_nl, g.call_id, y.year")
                .params(params)
                .query((rs, row) -> new RegisterTotal(rs.getLong("call_id"), rs.getString("call_title_nl"),
                        rs.getString("call_title_en"), rs.getInt("year"), rs.getLong("grants"), rs.getBigDecimal("granted")))
                .list();
    }

    /** A listed grant by its reference; empty when it is not (or no longer) published. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<RegisterItem> grant(String reference) {
        return withYears(jdbc.sql(COLUMNS + LISTED + " and g.reference = ?").param(reference).query(GrantRegister::row).list())
                .stream().findFirst();
    }

    /** The authorities, calls, years and municipalities that occur in the register, for the filters. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public RegisterOptions options() {
        List<RegisterOptions.Option> authorities = jdbc.sql(
                        "select distinct authority_code, authority_name from register_grant order by authority_name")
                .query((rs, row) -> new RegisterOptions.Option(rs.getString(1), rs.getString(2), rs.getString(2))).list();
        List<RegisterOptions.CallOption> calls = jdbc.sql("""
                        select distinct call_id, call_title_nl, call_title_en, authority_code from register_grant
                        order by call_title_nl, call_id""")
                .query((rs, row) -> new RegisterOptions.CallOption(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<Integer> years = jdbc.sql("select distinct year from register_grant_year order by year desc").query(Integer.class).list();
        List<RegisterOptions.Option> municipalities = jdbc.sql("""
                        select m.code, m.name from municipality m
                        where exists (select 1 from register_grant g where g.organisation_municipality_code = m.code) order by m.name""")
                .query((rs, row) -> new RegisterOptions.Option(rs.getString(1), rs.getString(2), rs.getString(2))).list();
        return new RegisterOptions(authorities, calls, years, municipalities);
    }

    /** The name of the authority with this code, when it has grants in the register. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<String> authorityName(String code) {
        return jdbc.sql("select authority_name from register_grant where authority_code = ? limit 1").param(code)
                .query(String.class).optional();
    }

    // ---- helpers ----

    static final class Where {
        final StringBuilder sql = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            sql.append(" and ").append(condition);
            params.addAll(List.of(values));
        }
    }

    static Where where(RegisterFilter filter) {
        Where where = new Where();
        if (filter.authorityCode() != null) {
            where.add("g.authority_code = ?", filter.authorityCode());
        }
        if (filter.callId() != null) {
            where.add("g.call_id = ?", filter.callId());
        }
        if (filter.year() != null) {
            where.add("exists (select 1 from register_grant_year y where y.application_id = g.application_id and y.year = ?)",
                    filter.year());
        }
        if (filter.facilityType() != null) {
            where.add("g.facility_type = ?", filter.facilityType().name());
        }
        if (filter.municipalityCode() != null) {
            where.add("g.organisation_municipality_code = ?", filter.municipalityCode());
        }
        return where;
    }

    private List<RegisterItem> withYears(List<RegisterItem> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, SortedMap<Integer, BigDecimal>> years = new HashMap<>();
        jdbc.sql("select application_id, year, amount from register_grant_year where application_id = any(?) order by year")
                .param(rows.stream().map(RegisterItem::applicationId).toArray(Long[]::new))
                .query((rs, row) -> years.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3)))
                .list();
        return rows.stream().map(item -> new RegisterItem(item.applicationId(), item.reference(), item.authorityCode(),
                item.authorityName(), item.callId(), item.callTitleNl(), item.callTitleEn(), item.organisationName(),
                item.kvkNumber(), item.municipalityCode(), item.municipalityName(), item.title(), item.description(),
                item.facilityType(), item.facilityMunicipalityCode(), item.facilityMunicipalityName(), item.partly(),
                item.amountRequested(), item.grantedTotal(), years.getOrDefault(item.applicationId(), new TreeMap<>()),
                item.settledAmount(), item.settledOn(), item.decisionDate(), item.startDate(), item.endDate(), item.updatedAt(),
                item.authorityId())).toList();
    }

    private static RegisterItem row(ResultSet rs, int row) throws SQLException {
        String facility = rs.getString("facility_type");
        return new RegisterItem(rs.getLong("application_id"), rs.getString("reference"), rs.getString("authority_code"),
                rs.getString("authority_name"), rs.getLong("call_id"), rs.getString("call_title_nl"), rs.getString("call_title_en"),
                rs.getString("organisation_name"), rs.getString("organisation_kvk"), rs.getString("organisation_municipality_code"),
                rs.getString("municipality_name"), rs.getString("title"), rs.getString("description"),
                facility == null ? null : FacilityType.valueOf(facility), rs.getString("facility_municipality_code"),
                rs.getString("facility_municipality_name"), "GRANT_PARTLY".equals(rs.getString("kind")),
                rs.getBigDecimal("amount_requested"), rs.getBigDecimal("granted_total"), new TreeMap<>(),
                rs.getBigDecimal("settled_amount"), date(rs.getDate("settled_on")), date(rs.getDate("decision_date")),
                date(rs.getDate("start_date")), date(rs.getDate("end_date")), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("authority_id"));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static String encode(String key, long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor that is not one of ours is bad input, not a server error. */
    static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u0000", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            Long.parseLong(parts[1]);
            return parts;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "grantRegister.badCursor");
        }
    }
}
