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
import nl.gemeenschapsfonds.payment.PaymentInstructions;
import nl.gemeenschapsfonds.payment.PaymentStatus;
import nl.gemeenschapsfonds.review.Decisions;
import nl.gemeenschapsfonds.submission.ApplicationOfAuthority;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the integration API reads of other modules, always narrowed to one authority, kept in one class so the
 * controllers do not change when a read moves behind its owner's API (issue 19, docs/adr/0023-module-ownership.md).
 * Authorities come from fund's {@link Funds}, decisions from review's {@link Decisions}, organisation names from
 * {@link Organisations}, pledges from cofinancing's {@link PledgeRecords}, applications from submission's
 * {@link ApplicationScope} and payment instructions from payment's {@link PaymentInstructions}: no SQL of its own. The owners' services take their scope from a signed-in staff
 * user, while an integration client is not one: these reads take the authority from the token instead.
 */
@Component
class AuthorityRecords {

    private final ApplicationScope applications;
    private final PaymentInstructions instructions;
    private final Funds funds;
    private final Decisions decisions;
    private final Organisations organisations;
    private final PledgeRecords pledges;

    AuthorityRecords(ApplicationScope applications, PaymentInstructions instructions, Funds funds, Decisions decisions,
                     Organisations organisations, PledgeRecords pledges) {
        this.applications = applications;
        this.instructions = instructions;
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

    /** Submission's keyset page of the authority's applications; the moment of the decision from review's {@link Decisions}. */
    @Transactional(readOnly = true)
    List<Application> applications(long authorityId, String status, long after, int limit) {
        List<ApplicationOfAuthority> rows = applications.pageOfAuthority(authorityId,
                status == null ? null : ApplicationStatus.valueOf(status), after, limit);
        Map<Long, OrganisationFacts> applicants = organisations.organisations(
                rows.stream().map(ApplicationOfAuthority::organisationId).collect(Collectors.toSet()));
        Map<Long, nl.gemeenschapsfonds.review.Decision> decided = decisions.ofApplications(
                rows.stream().map(ApplicationOfAuthority::id).toList());
        return rows.stream().map(a -> new Application(a.id(), a.reference(), a.title(), a.status().name(), a.callId(),
                Optional.ofNullable(applicants.get(a.organisationId())).map(OrganisationFacts::legalName).orElse(null),
                Money.euro(a.amountRequested()), a.submittedAt(), a.decisionDue(),
                Optional.ofNullable(decided.get(a.id())).map(nl.gemeenschapsfonds.review.Decision::decidedAt).orElse(null),
                null)).toList();
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

    /** Payment's keyset page of the authority's payment instructions. */
    @Transactional(readOnly = true)
    List<Payment> payments(long authorityId, String status, long after, int limit) {
        return instructions.ofAuthority(authorityId, status == null ? null : PaymentStatus.valueOf(status), after, limit)
                .stream().map(p -> new Payment(p.id(), p.applicationId(), p.decisionId(), p.year(), Money.euro(p.amount()),
                        p.dueOn(), p.status().name(), p.paidOn(), p.reference())).toList();
    }

    /** The pledges to the authority's applications from cofinancing's {@link PledgeRecords}, with the funders' names. */
    @Transactional(readOnly = true)
    List<Pledge> pledges(long authorityId, long after, int limit) {
        List<PledgeRecords.PledgeRecord> rows = pledges.ofAuthority(authorityId, after, limit);
        Map<Long, FunderFacts> funders = organisations.funders(
                rows.stream().map(PledgeRecords.PledgeRecord::funderId).collect(Collectors.toSet()));
        return rows.stream().map(p -> new Pledge(p.id(), p.applicationId(),
                Optional.ofNullable(funders.get(p.funderId())).map(FunderFacts::name).orElse(null), p.year(),
                Money.euro(p.amount()), p.kind().name(), p.status().name(), p.confirmedAt(), p.receivedOn())).toList();
    }

}
