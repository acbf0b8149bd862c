package nl.gemeenschapsfonds.api;

import nl.gemeenschapsfonds.api.ApiResources.Application;
import nl.gemeenschapsfonds.api.ApiResources.Decision;
import nl.gemeenschapsfonds.api.ApiResources.Money;
import nl.gemeenschapsfonds.api.ApiResources.Payment;
import nl.gemeenschapsfonds.api.ApiResources.Pledge;
import nl.gemeenschapsfonds.cofinancing.PledgeRecords;
import nl.gemeenschapsfonds.fund.AuthorityFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.organisation.FunderFacts;
import nl.gemeenschapsfonds.organisation.OrganisationFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.review.Decisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the integration API reads of other modules, always narrowed to one authority, kept in one class so the
 * controllers do not change when a read moves behind its owner's API (issue 19, docs/adr/0023-module-ownership.md).
 * Authorities come from fund's {@link Funds}, decisions from review's {@link Decisions}, organisation names from
 * {@link Organisations}, pledges from cofinancing's {@link PledgeRecords}. Still in SQL until their owners publish a
 * keyset-paged read (listed in TableOwnershipTest): the applications (submission; filtered through its scope view
 * {@code application_authority}) and the payment instructions (payment). The owners' services take their scope from a signed-in staff
 * user, while an integration client is not one: these reads take the authority from the token instead.
 */
@Component
class AuthorityRecords {

    private final JdbcClient jdbc;
    private final Funds funds;
    private final Decisions decisions;
    private final Organisations organisations;
    private final PledgeRecords pledges;

    AuthorityRecords(JdbcClient jdbc, Funds funds, Decisions decisions, Organisations organisations, PledgeRecords pledges) {
        this.jdbc = jdbc;
        this.funds = funds;
        this.decisions = decisions;
        this.organisations = organisations;
        this.pledges = pledges;
    }

    /** The id of the authority with this code. */
    @Transactional(readOnly = true)
    Optional<Long> authorityId(String code) {
        return funds.authorityByCode(code).map(AuthorityFacts::id);
    }

    /** Filtered by authority through submission's published scope view {@code application_authority}. */
    private static final String APPLICATIONS = """
            select a.id, a.reference, a.title, a.status, a.call_id, a.organisation_id, a.amount_requested, a.submitted_at,
                   a.decision_due, a.decided_at
            from grant_application a join application_authority s on s.application_id = a.id
            where s.authority_id = ?
            """;

    private record ApplicationRow(long id, String reference, String title, String status, long callId, long organisationId,
                                  BigDecimal amountRequested, Instant submittedAt, LocalDate decisionDue, Instant decidedAt) {
    }

    @Transactional(readOnly = true)
    List<Application> applications(long authorityId, String status, long after, int limit) {
        List<ApplicationRow> rows = jdbc.sql(APPLICATIONS + (status == null ? "" : " and a.status = ?") + " and a.id > ? order by a.id limit ?")
                .params(status == null ? List.of(authorityId, after, limit) : List.of(authorityId, status, after, limit))
                .query((rs, row) -> new ApplicationRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                        rs.getString("status"), rs.getLong("call_id"), rs.getLong("organisation_id"),
                        rs.getBigDecimal("amount_requested"), instant(rs.getTimestamp("submitted_at")),
                        date(rs.getDate("decision_due")), instant(rs.getTimestamp("decided_at"))))
                .list();
        Map<Long, OrganisationFacts> applicants = organisations.organisations(
                rows.stream().map(ApplicationRow::organisationId).collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(a -> new Application(a.id(), a.reference(), a.title(), a.status(), a.callId(),
                Optional.ofNullable(applicants.get(a.organisationId())).map(OrganisationFacts::legalName).orElse(null),
                Money.euro(a.amountRequested()), a.submittedAt(), a.decisionDue(), a.decidedAt(), null)).toList();
    }

    @Transactional(readOnly = true)
    Optional<Application> application(long authorityId, long applicationId) {
        return applications(authorityId, null, applicationId - 1, 1).stream().filter(a -> a.id() == applicationId).findFirst();
    }

    /** The decisions of the authority from review's {@link Decisions}, in the API's shape. */
    @Transactional(readOnly = true)
    List<Decision> decisions(long authorityId, Long applicationId, long after, int limit) {
        return decisions.ofAuthority(authorityId, applicationId, after, limit).stream().map(d -> {
            BigDecimal total = d.grantedPerYear().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Decision(d.id(), d.applicationId(), d.outcome().name(), d.decisionDate(), d.objectionDeadline(),
                    ApiResources.perYear(d.grantedPerYear()), d.grantedPerYear().isEmpty() ? null : Money.euro(total),
                    d.refusalGround() == null ? null : d.refusalGround().name(), null);
        }).toList();
    }

    @Transactional(readOnly = true)
    List<Payment> payments(long authorityId, String status, long after, int limit) {
        return jdbc.sql("""
                        select id, application_id, decision_id, year, amount, due_on, status, paid_on, reference
                        from payment_instruction where authority_id = ?""" + (status == null ? "" : " and status = ?")
                        + " and id > ? order by id limit ?")
                .params(status == null ? List.of(authorityId, after, limit) : List.of(authorityId, status, after, limit))
                .query((rs, row) -> new Payment(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("decision_id"),
                        rs.getInt("year"), Money.euro(rs.getBigDecimal("amount")), date(rs.getDate("due_on")),
                        rs.getString("status"), date(rs.getDate("paid_on")), rs.getString("reference")))
                .list();
    }

    /** The pledges to the authority's applications from cofinancing's {@link PledgeRecords}, with the funders' names. */
    @Transactional(readOnly = true)
    List<Pledge> pledges(long authorityId, long after, int limit) {
        List<PledgeRecords.PledgeRecord> rows = pledges.ofAuthority(authorityId, after, limit);
        Map<Long, FunderFacts> funders = organisations.funders(
                rows.stream().map(PledgeRecords.PledgeRecord::funderId).collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(p -> new Pledge(p.id(), p.applicationId(),
                Optional.ofNullable(funders.get(p.funderId())).map(FunderFacts::name).orElse(null), p.year(),
                Money.euro(p.amount()), p.kind().name(), p.status().name(), p.confirmedAt(), p.receivedOn())).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
