package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.BudgetRefusal;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Objection (bezwaar, Awb chapter 6 and 7) against the decision on an application. The applicant
 * objects through the portal, or a reviewer registers an objection that came by post; it is late
 * when received after the objection deadline stored with the decision. A decision maker decides on
 * it within six weeks of receipt: rejected, upheld or partly upheld. When the grant changes, the
 * difference per year goes through the budget ledger in the same transaction: an increase is
 * committed, a decrease released, and when the ledger refuses nothing changes at all.
 *
 * <p>An upheld objection against a refusal needs a new decision, which the application's workflow
 * cannot take yet (it has no way back from REFUSED): amounts can only change on a grant.</p>
 */
@Service
public class ObjectionService {

    private static final int MAX_TEXT = 4000;

    private final ReviewAccess access;
    private final BudgetLedger ledger;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final nl.gemeenschapsfonds.security.Salutations salutations;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    ObjectionService(ReviewAccess access, BudgetLedger ledger, JdbcClient jdbc, AuditTrail audit, Mailer mailer,
                     Translations translations, CurrentUser currentUser, Clock clock, nl.gemeenschapsfonds.security.Salutations salutations) {
        this.salutations = salutations;
        this.access = access;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.mailer = mailer;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The applicant objects, today, to the decision on their own organisation's application. An
     * application of another organisation, or one without a decision, is not found.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Objection object(long applicationId, String grounds) {
        long organisation = currentUser.require().requireOrganisation();
        Target target = target(applicationId).filter(t -> t.organisationId() == organisation)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        DecisionRow decision = lockDecision(applicationId).orElseThrow(() -> new NotFoundException("Decision", applicationId));
        return register(target, decision, today(), grounds);
    }

    /**
     * A reviewer registers an objection that reached the authority otherwise (by post), with the
     * date it was received: not in the future and not before the decision.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public Objection register(long applicationId, LocalDate receivedOn, String grounds) {
        access.inMyAuthority(applicationId);
        Target target = target(applicationId).orElseThrow(() -> new NotFoundException("Application", applicationId));
        DecisionRow decision = lockDecision(applicationId)
                .orElseThrow(() -> new InvalidInputException("objection", "objection.noDecision"));
        return register(target, decision, receivedOn, grounds);
    }

    /**
     * Decides on the objection against the application's decision. With new amounts (only when
     * upheld or partly upheld, and only on a grant) the grant changes through the ledger; a refusal
     * of the ledger comes back as {@link InvalidInputException} on {@code newAmounts}, and nothing
     * is stored.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public Objection decide(ObjectionDecisionForm form) {
        GrantApplication application = access.inMyAuthority(form.applicationId());
        long applicationId = application.getId();
        DecisionRow decision = lockDecision(applicationId).orElseThrow(() -> new NotFoundException("Objection", applicationId));
        Objection objection = objectionOf(applicationId).orElseThrow(() -> new NotFoundException("Objection", applicationId));
        if (objection.decided()) {
            throw new InvalidInputException("outcome", "objection.alreadyDecided");
        }
        SortedMap<Integer, BigDecimal> asked = application.plan().grantPerYear();
        SortedMap<Integer, BigDecimal> before = amounts(decision.id());
        SortedMap<Integer, BigDecimal> after = money(form.newAmounts());
        List<Problem> problems = check(form, decision, asked, after);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean amountsChange = !after.isEmpty() && !withoutZeros(after).equals(before);
        if (amountsChange) {
            changeGrant(application, decision, before, after, asked);
        }
        jdbc.sql("update objection set outcome = ?, outcome_motivation = ?, decided_at = ? where id = ? and outcome is null")
                .params(form.outcome().name(), form.motivation().trim(), Timestamp.from(clock.instant()), objection.id())
                .update();
        audit.record("OBJECTION_" + form.outcome(), "Application", applicationId, "grant " + before,
                form.outcome() + (amountsChange ? " grant " + withoutZeros(after) : ""), form.motivation().trim());

        Locale language = Locale.of(application.getApplicantLocale());
        if (application.getSubmittedBy() != null) {
            StringBuilder text = new StringBuilder(translations.get(language, "mail.objection.decided.text",
                    application.getReference(), translations.get(language, "objection.outcome." + form.outcome()),
                    form.motivation().trim()));
            if (amountsChange) {
                text.append("\n\n").append(translations.get(language, "mail.objection.newAmounts",
                        Formats.money(total(after), language), perYear(withoutZeros(after), language)));
            }
            text.append("\n\n").append(translations.get(language, "mail.objection.closing"));
            mailer.send(new Mail(application.getSubmittedBy(),
                    translations.get(language, "mail.objection.decided.subject", application.getReference()),
                    salutations.greet(application.getSubmittedBy(), language, text.toString())));
        }
        return objectionOf(applicationId).orElseThrow();
    }

    /** The objection part of an application of the user's authority, with what the user may do. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public ObjectionOverview overview(long applicationId) {
        GrantApplication application = access.inMyAuthority(applicationId);
        Optional<ObjectionOverview.DecisionFacts> decision = facts(applicationId);
        Optional<Objection> objection = objectionOf(applicationId);
        Role role = currentUser.require().role();
        return new ObjectionOverview(applicationId, application.getReference(), application.getTitle(),
                decision.orElse(null), objection.orElse(null), application.plan().grantPerYear(), today(),
                role == Role.REVIEWER && decision.isPresent() && objection.isEmpty(),
                role == Role.DECISION_MAKER && objection.filter(o -> !o.decided()).isPresent());
    }

    /**
     * The objection part of the applicant's own decided application; empty for an application of
     * another organisation or without a decision, so an id reveals nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<ObjectionOverview> mine(long applicationId) {
        long organisation = currentUser.require().requireOrganisation();
        return target(applicationId).filter(t -> t.organisationId() == organisation)
                .flatMap(target -> facts(applicationId).map(decision -> {
                    Optional<Objection> objection = objectionOf(applicationId);
                    return new ObjectionOverview(applicationId, target.reference(), target.title(), decision,
                            objection.orElse(null), asked(applicationId), today(), objection.isEmpty(), false);
                }));
    }

    private Objection register(Target target, DecisionRow decision, LocalDate receivedOn, String grounds) {
        if (objectionOf(target.applicationId()).isPresent()) {
            throw new InvalidInputException("objection", "objection.alreadyRegistered");
        }
        List<Problem> problems = new ArrayList<>();
        if (grounds == null || grounds.isBlank()) {
            problems.add(new Problem("grounds", "objection.groundsRequired"));
        } else if (grounds.trim().length() > MAX_TEXT) {
            problems.add(new Problem("grounds", "validation.tooLong", MAX_TEXT));
        }
        if (receivedOn == null) {
            problems.add(new Problem("receivedOn", "validation.required"));
        } else if (receivedOn.isAfter(today())) {
            problems.add(new Problem("receivedOn", "objection.receivedInFuture"));
        } else if (receivedOn.isBefore(decision.date())) {
            problems.add(new Problem("receivedOn", "objection.receivedBeforeDecision"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean late = receivedOn.isAfter(decision.objectionDeadline());
        jdbc.sql("""
                        insert into objection (application_id, received_on, grounds, late, registered_by, registered_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(target.applicationId(), Date.valueOf(receivedOn), grounds.trim(), late, currentUser.actorName(),
                        Timestamp.from(clock.instant()))
                .update();
        Objection objection = objectionOf(target.applicationId()).orElseThrow();
        audit.record("OBJECTION_REGISTERED", "Application", target.applicationId(), null,
                "received " + receivedOn + (late ? ", late (deadline " + decision.objectionDeadline() + ")" : ", in time")
                        + ", decide by " + objection.decisionDue(), grounds.trim());
        if (target.submittedBy() != null) {
            Locale language = Locale.of(target.applicantLocale());
            StringBuilder text = new StringBuilder(translations.get(language, "mail.objection.received.text",
                    target.reference(), Formats.date(receivedOn, language), Formats.date(objection.decisionDue(), language)));
            if (late) {
                text.append("\n\n").append(translations.get(language, "mail.objection.late",
                        Formats.date(decision.objectionDeadline(), language)));
            }
            text.append("\n\n").append(translations.get(language, "mail.objection.closing"));
            mailer.send(new Mail(target.submittedBy(),
                    translations.get(language, "mail.objection.received.subject", target.reference()),
                    salutations.greet(target.submittedBy(), language, text.toString())));
        }
        return objection;
    }

    private List<Problem> check(ObjectionDecisionForm form, DecisionRow decision, SortedMap<Integer, BigDecimal> asked,
                                SortedMap<Integer, BigDecimal> after) {
        List<Problem> problems = new ArrayList<>();
        if (form.outcome() == null) {
            problems.add(new Problem("outcome", "validation.required"));
        }
        if (form.motivation() == null || form.motivation().isBlank()) {
            problems.add(new Problem("motivation", "objection.motivationRequired"));
        } else if (form.motivation().trim().length() > MAX_TEXT) {
            problems.add(new Problem("motivation", "validation.tooLong", MAX_TEXT));
        }
        if (after.isEmpty() || form.outcome() == null) {
            return problems;
        }
        if (!form.outcome().mayChangeAmounts()) {
            problems.add(new Problem("newAmounts", "objection.amountsOnlyWhenUpheld"));
            return problems;
        }
        if (decision.kind() == Recommendation.REFUSE) {
            problems.add(new Problem("newAmounts", "objection.refusalNeedsNewDecision"));
            return problems;
        }
        Map<Integer, BigDecimal> advances = advancesPerYear(decision.id());
        for (Map.Entry<Integer, BigDecimal> amount : after.entrySet()) {
            BigDecimal limit = asked.getOrDefault(amount.getKey(), BigDecimal.ZERO);
            if (amount.getValue().signum() < 0 || amount.getValue().compareTo(limit) > 0) {
                problems.add(new Problem("newAmounts", "objection.amountAboveAsked", String.valueOf(amount.getKey()), limit));
            } else if (amount.getValue().compareTo(advances.getOrDefault(amount.getKey(), BigDecimal.ZERO)) < 0) {
                problems.add(new Problem("newAmounts", "objection.belowAdvances", String.valueOf(amount.getKey()),
                        advances.get(amount.getKey())));
            }
        }
        if (problems.isEmpty() && total(after).signum() <= 0) {
            problems.add(new Problem("newAmounts", "objection.amountsRequired"));
        }
        return problems;
    }

    /** Commits each year's increase and releases each year's decrease, then stores the new amounts with the decision. */
    private void changeGrant(GrantApplication application, DecisionRow decision, SortedMap<Integer, BigDecimal> before,
                             SortedMap<Integer, BigDecimal> after, SortedMap<Integer, BigDecimal> asked) {
        SortedMap<Integer, BigDecimal> increase = new TreeMap<>();
        SortedMap<Integer, BigDecimal> decrease = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>(before.keySet());
        years.addAll(after.keySet());
        for (int year : years) {
            BigDecimal difference = after.getOrDefault(year, BigDecimal.ZERO).subtract(before.getOrDefault(year, BigDecimal.ZERO));
            if (difference.signum() > 0) {
                increase.put(year, difference);
            } else if (difference.signum() < 0) {
                decrease.put(year, difference.negate());
            }
        }
        String reason = "Decision on objection " + application.getReference();
        try {
            if (!increase.isEmpty()) {
                ledger.commit(application.getCallId(), application.getId(), increase, reason);
            }
            if (!decrease.isEmpty()) {
                ledger.release(application.getCallId(), application.getId(), decrease, reason);
            }
        } catch (BudgetRefusedException refused) {
            // The ledger marked the transaction for rollback; throwing on undoes everything, the objection included.
            BudgetRefusal refusal = refused.refusal();
            throw new InvalidInputException("newAmounts", "objection.budget." + refusal.reason(),
                    String.valueOf(refusal.year()), refusal.figure());
        }
        jdbc.sql("delete from decision_amount where decision_id = ?").param(decision.id()).update();
        withoutZeros(after).forEach((year, amount) -> jdbc.sql("insert into decision_amount (decision_id, year, amount) values (?, ?, ?)")
                .params(decision.id(), year, amount).update());
        Recommendation kind = total(after).compareTo(total(asked)) < 0 ? Recommendation.GRANT_PARTLY : Recommendation.GRANT;
        jdbc.sql("update decision set kind = ? where id = ?").params(kind.name(), decision.id()).update();
    }

    private record Target(long applicationId, String reference, String title, long organisationId, String submittedBy,
                          String applicantLocale) {
    }

    private record DecisionRow(long id, Recommendation kind, LocalDate date, LocalDate objectionDeadline) {
    }

    private Optional<Target> target(long applicationId) {
        return jdbc.sql("""
                        select id, reference, title, organisation_id, submitted_by, applicant_locale from grant_application
                        where id = ? and status <> 'DRAFT'""")
                .param(applicationId)
                .query((rs, row) -> new Target(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                        rs.getLong("organisation_id"), rs.getString("submitted_by"), rs.getString("applicant_locale")))
                .optional();
    }

    /** The decision row, locked: registrations and decisions on one application take turns. */
    private Optional<DecisionRow> lockDecision(long applicationId) {
        return jdbc.sql("select id, kind, decision_date, objection_deadline from decision where application_id = ? for update")
                .param(applicationId).query(ObjectionService::decisionRow).optional();
    }

    private Optional<ObjectionOverview.DecisionFacts> facts(long applicationId) {
        return jdbc.sql("select id, kind, decision_date, objection_deadline from decision where application_id = ?")
                .param(applicationId).query(ObjectionService::decisionRow).optional()
                .map(d -> new ObjectionOverview.DecisionFacts(d.kind(), d.date(), d.objectionDeadline(), amounts(d.id())));
    }

    private Optional<Objection> objectionOf(long applicationId) {
        return jdbc.sql("select * from objection where application_id = ? order by id").param(applicationId)
                .query((rs, row) -> new Objection(rs.getLong("id"), rs.getLong("application_id"),
                        rs.getDate("received_on").toLocalDate(), rs.getString("grounds"), rs.getBoolean("late"),
                        rs.getString("registered_by"),
                        rs.getString("outcome") == null ? null : ObjectionOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("outcome_motivation"),
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant()))
                .list().stream().findFirst();
    }

    private SortedMap<Integer, BigDecimal> amounts(long decisionId) {
        SortedMap<Integer, BigDecimal> amounts = new TreeMap<>();
        jdbc.sql("select year, amount from decision_amount where decision_id = ?").param(decisionId)
                .query((rs, row) -> amounts.put(rs.getInt("year"), rs.getBigDecimal("amount"))).list();
        return amounts;
    }

    private SortedMap<Integer, BigDecimal> asked(long applicationId) {
        SortedMap<Integer, BigDecimal> asked = new TreeMap<>();
        jdbc.sql("select year, sum(amount) as amount from financing_line where application_id = ? and source = 'GRANT' group by year")
                .param(applicationId)
                .query((rs, row) -> asked.put(rs.getInt("year"), rs.getBigDecimal("amount"))).list();
        return asked;
    }

    private Map<Integer, BigDecimal> advancesPerYear(long decisionId) {
        Map<Integer, BigDecimal> advances = new TreeMap<>();
        jdbc.sql("select year, sum(amount) as amount from advance_payment where decision_id = ? group by year").param(decisionId)
                .query((rs, row) -> advances.put(rs.getInt("year"), rs.getBigDecimal("amount"))).list();
        return advances;
    }

    private static DecisionRow decisionRow(ResultSet rs, int row) throws SQLException {
        return new DecisionRow(rs.getLong("id"), Recommendation.valueOf(rs.getString("kind")),
                rs.getDate("decision_date").toLocalDate(), rs.getDate("objection_deadline").toLocalDate());
    }

    private static SortedMap<Integer, BigDecimal> money(SortedMap<Integer, BigDecimal> amounts) {
        SortedMap<Integer, BigDecimal> scaled = new TreeMap<>();
        amounts.forEach((year, amount) -> scaled.put(year, amount == null ? BigDecimal.ZERO.setScale(2)
                : amount.setScale(2, RoundingMode.HALF_UP)));
        return scaled;
    }

    private static SortedMap<Integer, BigDecimal> withoutZeros(SortedMap<Integer, BigDecimal> amounts) {
        SortedMap<Integer, BigDecimal> positive = new TreeMap<>();
        amounts.forEach((year, amount) -> {
            if (amount.signum() > 0) {
                positive.put(year, amount);
            }
        });
        return positive;
    }

    private static BigDecimal total(Map<Integer, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String perYear(SortedMap<Integer, BigDecimal> amounts, Locale language) {
        StringBuilder lines = new StringBuilder();
        amounts.forEach((year, amount) -> lines.append("\n- ").append(year).append(": ").append(Formats.money(amount, language)));
        return lines.toString();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
