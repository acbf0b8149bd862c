package nl.gemeenschapsfonds.records;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.fund.FundListItem;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retention terms per fund and outcome, the destruction date of an application, and legal holds
 * (docs/adr/0024-retention-and-destruction.md). Terms and holds are the administrator's; every staff member of the
 * authority sees an application's retention.
 */
@Service
public class RetentionService {

    static final int MAX_REASON = 2000;

    private final RetentionCases cases;
    private final FundService funds;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionService(RetentionCases cases, FundService funds, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.funds = funds;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The default terms of the municipal selection list: public, for the privacy page. */
    @PreAuthorize("permitAll()")
    public RetentionTerms defaultTerms() {
        return RetentionTerms.of(RetentionPolicy.defaultPolicy());
    }

    /** The funds of the administrator's authority, each with its terms. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<FundRetention> fundsOfMyAuthority() {
        return funds.fundsOfMyAuthority().stream()
                .map(fund -> new FundRetention(fund.id(), fund.name(), RetentionTerms.of(policyOf(fund.id())))).toList();
    }

    /**
     * Sets the fund's terms, each between {@value RetentionPolicy#MIN_YEARS} and {@value RetentionPolicy#MAX_YEARS} years;
     * audited with the terms before and after.
     *
     * @throws InvalidInputException at the field of a term that is missing or out of range
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveTerms(long fundId, RetentionTerms terms) {
        requireMyFund(fundId);
        for (Map.Entry<RetentionOutcome, Integer> term : terms.asMap().entrySet()) {
            Integer years = term.getValue();
            if (years == null || years < RetentionPolicy.MIN_YEARS || years > RetentionPolicy.MAX_YEARS) {
                throw new InvalidInputException(RetentionTerms.field(term.getKey()), "records.terms.range",
                        RetentionPolicy.MIN_YEARS, RetentionPolicy.MAX_YEARS);
            }
        }
        RetentionTerms before = RetentionTerms.of(policyOf(fundId));
        terms.asMap().forEach((outcome, years) -> cases.saveRule(fundId, outcome, years, currentUser.actorName(), clock.instant()));
        audit.record("RETENTION_TERMS_SET", "Fund", fundId, before.toString(), terms.toString(), null);
    }

    /** The application's retention, for staff of its authority; empty when records does not follow it (a draft). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public Optional<RetentionFacts> retentionOf(long applicationId) {
        return cases.find(applicationId).filter(this::mine).map(this::facts);
    }

    /** The retention of the authority's application with this reference (the administrator looks one up to set a hold). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public Optional<RetentionFacts> retentionOf(String reference) {
        return cases.findByReference(reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(this::mine).map(this::facts);
    }

    /**
     * Puts a legal hold on the application's records (an objection, an appeal, a fraud investigation): they are not
     * destroyed until it is lifted. Audited with the reason.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setHold(long applicationId, HoldKind kind, String reason) {
        RetentionCase retention = myCase(applicationId);
        String why = reason == null ? "" : reason.strip();
        if (kind == null) {
            throw new InvalidInputException("holdKind", "records.hold.kindRequired");
        }
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidInputException("holdReason", "records.hold.reasonRequired", MAX_REASON);
        }
        if (retention.destroyed()) {
            throw new InvalidInputException("holdKind", "records.hold.destroyed");
        }
        cases.setHold(applicationId, kind, why, currentUser.actorName(), clock.instant());
        audit.record("LEGAL_HOLD_SET", "Application", applicationId,
                retention.onHold() ? retention.hold().kind().name() : null, kind.name(), why);
    }

    /** Lifts the legal hold; the reason is required and audited. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void liftHold(long applicationId, String reason) {
        RetentionCase retention = myCase(applicationId);
        String why = reason == null ? "" : reason.strip();
        if (!retention.onHold()) {
            throw new InvalidInputException("holdReason", "records.hold.none");
        }
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidInputException("holdReason", "records.hold.reasonRequired", MAX_REASON);
        }
        cases.liftHold(applicationId);
        audit.record("LEGAL_HOLD_LIFTED", "Application", applicationId, retention.hold().kind().name(), null, why);
    }

    RetentionPolicy policyOf(long fundId) {
        return new RetentionPolicy(cases.rules(fundId));
    }

    RetentionFacts facts(RetentionCase retention) {
        return new RetentionFacts(retention.applicationId(), retention.reference(), retention.outcome(), retention.closedOn(),
                policyOf(retention.fundId()).destroyOn(retention.outcome(), retention.closedOn()).orElse(null),
                retention.hold(), retention.destroyedAt());
    }

    private RetentionCase myCase(long applicationId) {
        return cases.find(applicationId).filter(this::mine)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
    }

    private boolean mine(RetentionCase retention) {
        return retention.authorityId() == currentUser.require().requireAuthority();
    }

    private void requireMyFund(long fundId) {
        if (funds.fundsOfMyAuthority().stream().map(FundListItem::id).noneMatch(id -> id == fundId)) {
            throw new NotFoundException("Fund", fundId);
        }
    }
}
