package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The marketplace's list in the database (issue 20 item 3): one statement for a page of projects, one for their
 * number, one for the municipalities on offer. It reads cofinancing's own {@code pledge} and submission's published
 * read models {@code application_seeking_cofinancing} and {@code application_cofinancing_sought} (V81, ADR 0023 rule 3),
 * because the filter "amount still missing" and the paging need the sought amounts and the confirmed pledges in one
 * statement. "Still missing" is {@link MissingCoFinancing}'s rule in SQL: per year sought, minus the confirmed pledges
 * of that year (the amount received where it arrived), never below zero, summed. The order is the marketplace's:
 * first submitted first, then by id. The caller has checked who may read it (an active funder).
 */
@Component
class MarketplaceQuery {

    /** What is still missing of one project: per year sought minus confirmed, never below zero, summed. */
    private static final String MISSING = """
            coalesce((select sum(greatest(s.amount - coalesce((select sum(coalesce(p.received_amount, p.amount)) from pledge p
                                                              where p.application_id = s.application_id and p.year = s.year
                                                                and p.status in (:confirmed)), 0), 0))
                      from application_cofinancing_sought s where s.application_id = a.application_id), 0)""";

    private static final String WHERE = """
            where a.status in (:statuses)
              and (cast(:municipality as varchar) is null or a.facility_municipality_code = cast(:municipality as varchar))
              and (cast(:facility as varchar) is null or a.facility_type = cast(:facility as varchar))
              and (cast(:minimum as numeric) is null or\s""" + MISSING + " >= cast(:minimum as numeric))";

    private final JdbcClient jdbc;

    MarketplaceQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page's rows without the organisation's and municipality's names, which the caller adds for the page. */
    record Row(long applicationId, String reference, String title, long organisationId, ApplicationStatus status,
               FacilityType facilityType, String municipalityCode, String targetGroups, Integer expectedVisitorsPerWeek,
               BigDecimal pledged, BigDecimal missing) {
    }

    List<Row> page(MarketplaceFilter filter, Collection<ApplicationStatus> statuses, int offset, int limit) {
        return parameters(jdbc.sql("""
                select a.application_id, a.reference, a.title, a.organisation_id, a.status, a.facility_type,
                       a.facility_municipality_code, a.target_groups, a.expected_visitors_per_week,
                       coalesce((select sum(p.amount) from pledge p
                                 where p.application_id = a.application_id and p.status <> 'WITHDRAWN'), 0) as pledged,
                       """ + MISSING + """
                 as missing
                from application_seeking_cofinancing a
                """ + WHERE + """

                order by a.submitted_at, a.application_id
                offset :offset limit :limit"""), filter, statuses)
                .param("offset", Math.max(offset, 0)).param("limit", Math.max(limit, 0))
                .query((rs, n) -> new Row(rs.getLong("application_id"), rs.getString("reference"), rs.getString("title"),
                        rs.getLong("organisation_id"), ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getString("facility_type") == null ? null : FacilityType.valueOf(rs.getString("facility_type")),
                        rs.getString("facility_municipality_code"), rs.getString("target_groups"),
                        (Integer) rs.getObject("expected_visitors_per_week"),
                        MissingCoFinancing.money(rs.getBigDecimal("pledged")),
                        MissingCoFinancing.money(rs.getBigDecimal("missing"))))
                .list();
    }

    int count(MarketplaceFilter filter, Collection<ApplicationStatus> statuses) {
        return parameters(jdbc.sql("select count(*) from application_seeking_cofinancing a\n" + WHERE), filter, statuses)
                .query(Integer.class).single();
    }

    /** The municipalities (codes) of the projects on offer, for the filter's choices. */
    List<String> municipalities(Collection<ApplicationStatus> statuses) {
        return jdbc.sql("""
                        select distinct a.facility_municipality_code from application_seeking_cofinancing a
                        where a.status in (:statuses) and a.facility_municipality_code is not null""")
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(String.class).list();
    }

    private static JdbcClient.StatementSpec parameters(JdbcClient.StatementSpec sql, MarketplaceFilter filter,
                                                       Collection<ApplicationStatus> statuses) {
        MarketplaceFilter f = filter == null ? MarketplaceFilter.none() : filter;
        return sql.param("statuses", statuses.stream().map(Enum::name).toList())
                .param("confirmed", Pledge.CONFIRMED_STATES.stream().map(Enum::name).toList())
                .param("municipality", f.municipalityCode())
                .param("facility", f.facilityType() == null ? null : f.facilityType().name())
                .param("minimum", f.minimumMissing());
    }
}
