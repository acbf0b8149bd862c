package nl.gemeenschapsfonds.submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public read API of this module for the others' lists, mails and scheduled jobs: reference, title, status,
 * organisation, call and applicant of applications by id, instead of joining {@code grant_application}. Payment's and
 * report's lists read a page of their own rows and then this, once for the whole page (one query for many ids).
 * <p>
 * For other modules' services only: they have checked who may see the rows the ids come from (their own rows are
 * filtered by the caller's authority or organisation), or run as a scheduled job or event listener without a
 * signed-in user (reminders, payment mails). So its methods carry no {@code @PreAuthorize}; views never use it
 * (fund.FundsApiTest checks that). Drafts are included (their reference and applicant are {@code null}).
 */
@Service
public class ApplicationSummaries {

    private final JdbcClient jdbc;

    ApplicationSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The applications with these ids that exist, by id (one query; none for an empty collection). */
    @Transactional(readOnly = true)
    public Map<Long, ApplicationSummary> of(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, reference, title, status, organisation_id, call_id, submitted_by, applicant_locale
                        from grant_application where id in (:ids)""")
                .param("ids", List.copyOf(new TreeSet<>(applicationIds)))
                .query((rs, row) -> new ApplicationSummary(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("title"), ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getLong("organisation_id"), rs.getLong("call_id"), rs.getString("submitted_by"),
                        rs.getString("applicant_locale")))
                .list().stream().collect(Collectors.toMap(ApplicationSummary::id, Function.identity()));
    }

    /** One application; empty when there is none with this id. */
    @Transactional(readOnly = true)
    public Optional<ApplicationSummary> of(long applicationId) {
        return Optional.ofNullable(of(List.of(applicationId)).get(applicationId));
    }

    /**
     * The grant each application asks per year (its financing lines from the source GRANT, summed per year), by id;
     * an application without such a line is left out. One query for all ids (none for an empty collection): review's
     * ranking of a call reads it for the applications it ranks.
     */
    @Transactional(readOnly = true)
    public Map<Long, SortedMap<Integer, BigDecimal>> grantAskedPerYear(Collection<Long> applicationIds) {
        Map<Long, SortedMap<Integer, BigDecimal>> asked = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return asked;
        }
        jdbc.sql("""
                        select application_id, year, sum(amount) as amount from financing_line
                        where application_id in (:ids) and source = 'GRANT'
                        group by application_id, year""")
                .param("ids", List.copyOf(new TreeSet<>(applicationIds)))
                .query((rs, row) -> asked.computeIfAbsent(rs.getLong("application_id"), id -> new TreeMap<>())
                        .put(rs.getInt("year"), rs.getBigDecimal("amount")))
                .list();
        return asked;
    }

    /**
     * What the application says about its project, for review's read model of the public grant register
     * (review.GrantRegisterQuery, which the register's projection reads when a grant is decided and when it is
     * rebuilt); empty when there is no application with this id.
     */
    @Transactional(readOnly = true)
    public Optional<ApplicationProjectFacts> projectFacts(long applicationId) {
        return jdbc.sql("""
                        select id, reference, title, description, facility_type, facility_municipality_code, amount_requested,
                               start_date, end_date, call_id, organisation_id
                        from grant_application where id = ?""")
                .param(applicationId)
                .query((rs, row) -> new ApplicationProjectFacts(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("title"), rs.getString("description"), rs.getString("facility_type"),
                        rs.getString("facility_municipality_code"), rs.getBigDecimal("amount_requested"),
                        rs.getObject("start_date", java.time.LocalDate.class), rs.getObject("end_date", java.time.LocalDate.class),
                        rs.getLong("call_id"), rs.getLong("organisation_id")))
                .optional();
    }
}
