package nl.gemeenschapsfonds.records;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.report.GrantSettled;
import nl.gemeenschapsfonds.report.SettledGrants;
import nl.gemeenschapsfonds.review.Decision;
import nl.gemeenschapsfonds.review.Decisions;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.GrantApplication;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes in the applications of an authority that were submitted before the records module followed them (before
 * V50, or seeded as demo data): their case is built from the owners' read APIs instead of their events. The closing
 * day is the decision date (refused), the withdrawal, the settlement date (settled; a later repayment is not known
 * here, see ADR 0024), and for "not considered" the day of that last status change.
 */
@Service
public class RetentionAdoption {

    private final RetentionCases cases;
    private final ApplicationScope applications;
    private final Decisions decisions;
    private final SettledGrants settledGrants;
    private final Funds funds;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    RetentionAdoption(RetentionCases cases, ApplicationScope applications, Decisions decisions, SettledGrants settledGrants,
                      Funds funds, CurrentUser currentUser, AuditTrail audit) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.cases = cases;
        this.applications = applications;
        this.decisions = decisions;
        this.settledGrants = settledGrants;
        this.funds = funds;
    }

    /**
     * Takes in the administrator's authority's applications submitted before the records module followed them (before
     * V50, or the demo data), so they get a destruction date too; answers how many. Audited.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int adoptEarlierApplications() {
        long authority = currentUser.require().requireAuthority();
        int adopted = adopt(authority);
        if (adopted > 0) {
            audit.record("RETENTION_CASES_ADOPTED", "Authority", authority, null, adopted + " application(s)", null);
        }
        return adopted;
    }

    /** Adopts the authority's submitted applications that have no case yet; answers how many. In the caller's transaction. */
    int adopt(long authorityId) {
        List<GrantApplication> unknown = applications.submittedInAuthority(authorityId).stream()
                .filter(application -> application.getReference() != null)
                .filter(application -> !cases.exists(application.getId())).toList();
        if (unknown.isEmpty()) {
            return 0;
        }
        Set<Long> ids = unknown.stream().map(GrantApplication::getId).collect(Collectors.toSet());
        Map<Long, Decision> decided = decisions.ofApplications(ids);
        Map<Long, CallFacts> calls = funds.calls(unknown.stream().map(GrantApplication::getCallId).collect(Collectors.toSet()));
        for (GrantApplication application : unknown) {
            long id = application.getId();
            CallFacts call = calls.get(application.getCallId());
            cases.open(id, application.getReference(), call.authorityId(), call.fundId(), call.id());
            switch (application.getStatus()) {
                case REFUSED -> cases.close(id, RetentionOutcome.REFUSED, decided.containsKey(id)
                        ? decided.get(id).decisionDate() : day(application.getUpdatedAt()));
                case WITHDRAWN -> cases.close(id, RetentionOutcome.WITHDRAWN, day(application.getWithdrawnAt() != null
                        ? application.getWithdrawnAt() : application.getUpdatedAt()));
                case NOT_CONSIDERED -> cases.close(id, RetentionOutcome.NOT_CONSIDERED, day(application.getUpdatedAt()));
                case SETTLED -> cases.close(id, RetentionOutcome.SETTLED, settledGrants.of(id).map(GrantSettled::settledOn)
                        .orElse(day(application.getUpdatedAt())));
                case GRANTED, IN_EXECUTION -> cases.granted(id);
                default -> {
                    // still running: the case waits for its events
                }
            }
        }
        return unknown.size();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, Formats.ZONE);
    }
}
