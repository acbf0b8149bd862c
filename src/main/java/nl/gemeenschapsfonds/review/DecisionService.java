package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.cofinancing.CoFinancingConditions;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.DecisionClock;
import nl.gemeenschapsfonds.submission.GrantApplication;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
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

/**
 * The decision (beschikking): grant, grant partly or refuse, by a decision maker who did not
 * assess the application (four eyes). Granting commits the amounts in the budget ledger in the same
 * transaction as the state change: when the ledger refuses (the ceiling), nothing changes and the
 * decision maker is told why. The letter is generated, stored with the application and mailed.
 */
@Service
public class DecisionService {

    private final ReviewAccess access;
    private final AssessmentService assessments;
    private final CallCatalogue calls;
    private final BudgetLedger ledger;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PledgeService pledges;
    private final CoFinancingConditions coFinancingConditions;
    private final nl.gemeenschapsfonds.security.Salutations salutations;
    private final String baseUrl;
    private final nl.gemeenschapsfonds.fund.AuthorityAddress authorityAddress;
    private final ReportSchedulePreview reportSchedule;

    DecisionService(ReviewAccess access, AssessmentService assessments, CallCatalogue calls, BudgetLedger ledger,
                    JdbcClient jdbc, AuditTrail audit, Mailer mailer, Translations translations, CurrentUser currentUser,
                    Clock clock, ApplicationEventPublisher events, PledgeService pledges,
                    CoFinancingConditions coFinancingConditions, nl.gemeenschapsfonds.security.Salutations salutations,
                    nl.gemeenschapsfonds.fund.AuthorityAddress authorityAddress, ReportSchedulePreview reportSchedule,
                    @org.springframework.beans.factory.annotation.Value("${app.base-url}") String baseUrl) {
        this.salutations = salutations;
        this.authorityAddress = authorityAddress;
        this.reportSchedule = reportSchedule;
        this.baseUrl = baseUrl;
        this.pledges = pledges;
        this.coFinancingConditions = coFinancingConditions;
        this.events = events;
        this.access = access;
        this.assessments = assessments;
        this.calls = calls;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.mailer = mailer;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Takes the decision. Throws {@link InvalidInputException} for bad input or a four-eyes
     * violation, and {@link nl.gemeenschapsfonds.budget.BudgetRefusedException} when the ceiling
     * does not allow the grant; in both cases nothing is stored.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public long decide(DecisionForm form) {
        GrantApplication application = access.inMyAuthority(form.applicationId());
        if (application.getStatus() != ApplicationStatus.AWAITING_DECISION) {
            throw new IllegalTransitionException("decide on", application.getStatus());
        }
        String me = currentUser.actorName();
        CallTerms call = calls.terms(application.getCallId());
        SortedMap<Integer, BigDecimal> asked = application.plan().grantPerYear();
        Recommendation kind = kind(form, asked);
        refuseInvalid(application, form, kind, me);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        if (kind != Recommendation.REFUSE) {
            ledger.commit(application.getCallId(), application.getId(), form.amounts(),
                    "Grant decision " + application.getReference());
        }
        application.decide(kind != Recommendation.REFUSE, clock.instant());
        access.save(application);

        LocalDate objectionDeadline = DecisionClock.objectionDeadline(today, call.objectionWeeks());
        Locale language = Locale.of(application.getApplicantLocale());
        List<String> organisationLines = jdbc.sql("select legal_name, street, postcode, city from organisation where id = ?")
                .param(application.getOrganisationId())
                .query((rs, row) -> java.util.stream.Stream.of(rs.getString(1), rs.getString(2),
                        rs.getString(3) == null ? rs.getString(4) : rs.getString(3) + (rs.getString(4) == null ? "" : "  " + rs.getString(4)))
                        .filter(java.util.Objects::nonNull).toList())
                .single();
        String organisation = organisationLines.getFirst();
        // a small grant is settled with the decision (the report module does so on GrantDecided); the letter says so.
        // Not a grant on a co-financing condition: that one may still be reconsidered.
        boolean settledAtOnce = kind != Recommendation.REFUSE && form.coFinancingDueBy() == null
                && call.settlesAtOnce(form.amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        byte[] letter = DecisionLetter.render(new DecisionLetter.Data(call.authorityName(), application.getReference(),
                application.getTitle(), organisation, today, kind, form.amounts(), application.getAmountRequested(),
                form.conditions(), form.reportObligations(), form.settlementDeadline(), form.advances(), form.refusalGround(),
                form.motivation(), objectionDeadline, call.title(language),
                kind == Recommendation.REFUSE ? null : form.coFinancingDueBy(), settledAtOnce,
                organisationLines.subList(1, organisationLines.size()), authorityAddress.ofCall(application.getCallId()).orElse(null),
                currentUser.require().displayName(),
                kind == Recommendation.REFUSE || settledAtOnce ? List.of()
                        : reportSchedule.reportsFor(application.getId(), today, form.settlementDeadline())), language, translations);
        long decisionId = jdbc.sql("""
                        insert into decision (application_id, authority_id, kind, decided_by, decided_at, decision_date, refusal_ground,
                            conditions, report_obligations, motivation, settlement_deadline, objection_deadline, letter_language, letter_pdf)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(application.getId(), currentUser.require().requireAuthority(), kind.name(), me, Timestamp.from(clock.instant()), Date.valueOf(today),
                        form.refusalGround() == null ? null : form.refusalGround().name(), form.conditions(),
                        form.reportObligations(), form.motivation().trim(),
                        form.settlementDeadline() == null ? null : Date.valueOf(form.settlementDeadline()),
                        Date.valueOf(objectionDeadline), language.getLanguage(), letter)
                .query(Long.class).single();
        if (kind != Recommendation.REFUSE) {
            form.amounts().forEach((year, amount) -> jdbc.sql("insert into decision_amount (decision_id, year, amount) values (?, ?, ?)")
                    .params(decisionId, year, amount).update());
            for (int i = 0; i < form.advances().size(); i++) {
                DecisionForm.Advance advance = form.advances().get(i);
                jdbc.sql("insert into advance_payment (decision_id, position, due_on, year, amount) values (?, ?, ?, ?, ?)")
                        .params(decisionId, i, Date.valueOf(advance.dueOn()), advance.year(), advance.amount()).update();
            }
            if (form.coFinancingDueBy() != null) {
                coFinancingConditions.impose(application.getId(), decisionId, form.coFinancingDueBy());
            }
            events.publishEvent(new GrantDecided(application.getId(), decisionId, settledAtOnce));
        }
        audit.record("DECISION_" + kind, "Application", application.getId(), ApplicationStatus.AWAITING_DECISION.name(),
                application.getStatus().name() + " " + form.amounts(), form.motivation().trim());
        if (application.getSubmittedBy() != null) {
            BigDecimal grantedTotal = form.amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            String outcome = translations.get(language, "mail.decision.outcome." + kind, Formats.money(grantedTotal, language),
                    Formats.money(asked.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), language));
            mailer.send(new Mail(application.getSubmittedBy(),
                    translations.get(language, "mail.decision.subject", application.getReference()),
                    salutations.greet(application.getSubmittedBy(), language, translations.get(language, "mail.decision.told.text",
                            application.getReference(), application.getTitle(), outcome, Formats.date(objectionDeadline, language),
                            baseUrl + "/applications/" + application.getId())),
                    List.of(new Mail.Attachment(letterFileName(application.getReference(), language), "application/pdf", letter))));
        }
        return decisionId;
    }

    /**
     * Checks a decision as {@link #decide} would, without taking it: the screen asks for confirmation
     * only of a decision that can be taken. Throws {@link InvalidInputException} with a message per field.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void check(DecisionForm form) {
        GrantApplication application = access.inMyAuthority(form.applicationId());
        if (application.getStatus() != ApplicationStatus.AWAITING_DECISION) {
            throw new IllegalTransitionException("decide on", application.getStatus());
        }
        refuseInvalid(application, form, kind(form, application.plan().grantPerYear()), currentUser.actorName());
    }

    private void refuseInvalid(GrantApplication application, DecisionForm form, Recommendation kind, String me) {
        if (assessments.assessedBy(form.applicationId(), me)) {
            throw new InvalidInputException("decision", "decision.fourEyes");
        }
        List<Problem> problems = check(form, kind, application.plan().grantPerYear());
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        if (form.coFinancingDueBy() != null) {
            if (kind == Recommendation.REFUSE) {
                problems.add(new Problem("coFinancingDueBy", "decision.conditionOnlyForGrant"));
            } else if (!form.coFinancingDueBy().isAfter(today)) {
                problems.add(new Problem("coFinancingDueBy", "decision.conditionDateFuture"));
            } else if (pledges.matching(application.getId()).allMet()) {
                problems.add(new Problem("coFinancingDueBy", "decision.conditionNotNeeded"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The decision letter of an application of the user's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public Optional<byte[]> letter(long applicationId) {
        access.inMyAuthority(applicationId);
        return jdbc.sql("select letter_pdf from decision where application_id = ?").param(applicationId)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }

    /** The decision letter for the applicant: only of their own organisation's application. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<DecisionSummary> myDecision(long applicationId) {
        long organisation = currentUser.require().requireOrganisation();
        return jdbc.sql("""
                        select d.id, d.kind, d.decision_date, d.objection_deadline, d.letter_pdf, a.reference, d.letter_language,
                               a.amount_requested
                        from decision d join grant_application a on a.id = d.application_id
                        where d.application_id = ? and a.organisation_id = ?""")
                .params(applicationId, organisation)
                .query((rs, row) -> new DecisionSummary(Recommendation.valueOf(rs.getString("kind")),
                        rs.getDate("decision_date").toLocalDate(), rs.getDate("objection_deadline").toLocalDate(),
                        rs.getBytes("letter_pdf"), letterFileName(rs.getString("reference"), Locale.of(rs.getString("letter_language"))),
                        grantedPerYear(rs.getLong("id")), rs.getBigDecimal("amount_requested")))
                .optional();
    }

    private SortedMap<Integer, BigDecimal> grantedPerYear(long decisionId) {
        SortedMap<Integer, BigDecimal> granted = new TreeMap<>();
        jdbc.sql("select year, amount from decision_amount where decision_id = ? order by year").param(decisionId)
                .query((rs, row) -> granted.put(rs.getInt("year"), rs.getBigDecimal("amount"))).list();
        return granted;
    }

    /** A decision as the applicant sees it, with its letter and the amount granted per year (empty when refused). */
    public record DecisionSummary(Recommendation kind, LocalDate date, LocalDate objectionDeadline, byte[] letter,
                                  String fileName, SortedMap<Integer, BigDecimal> grantedPerYear, BigDecimal asked) {

        public BigDecimal granted() {
            return grantedPerYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public static String letterFileName(String reference, Locale language) {
        return ("en".equals(language.getLanguage()) ? "decision-" : "beschikking-") + reference + ".pdf";
    }

    /** GRANT when everything asked is granted, GRANT_PARTLY when less; REFUSE as chosen. */
    private static Recommendation kind(DecisionForm form, SortedMap<Integer, BigDecimal> asked) {
        if (form.kind() == Recommendation.REFUSE) {
            return Recommendation.REFUSE;
        }
        BigDecimal total = form.amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal askedTotal = asked.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.compareTo(askedTotal) < 0 ? Recommendation.GRANT_PARTLY : Recommendation.GRANT;
    }

    private static List<Problem> check(DecisionForm form, Recommendation kind, SortedMap<Integer, BigDecimal> asked) {
        List<Problem> problems = new ArrayList<>();
        if (form.motivation() == null || form.motivation().isBlank()) {
            problems.add(new Problem("motivation", "decision.motivationRequired"));
        } else if (form.motivation().length() > 4000) {
            problems.add(new Problem("motivation", "validation.tooLong", 4000));
        }
        if (form.conditions() != null && form.conditions().length() > 4000) {
            problems.add(new Problem("conditions", "validation.tooLong", 4000));
        }
        if (form.reportObligations() != null && form.reportObligations().length() > 4000) {
            problems.add(new Problem("reportObligations", "validation.tooLong", 4000));
        }
        if (kind == Recommendation.REFUSE) {
            if (form.refusalGround() == null) {
                problems.add(new Problem("refusalGround", "decision.groundRequired"));
            }
            return problems;
        }
        if (form.amounts().isEmpty() || form.amounts().values().stream().allMatch(a -> a == null || a.signum() <= 0)) {
            problems.add(new Problem("amounts", "decision.amountsRequired"));
        }
        for (Map.Entry<Integer, BigDecimal> amount : form.amounts().entrySet()) {
            BigDecimal limit = asked.getOrDefault(amount.getKey(), BigDecimal.ZERO);
            if (amount.getValue() == null || amount.getValue().signum() <= 0 || amount.getValue().compareTo(limit) > 0) {
                problems.add(new Problem("amounts", "decision.amountAboveAsked", String.valueOf(amount.getKey()), limit));
            }
        }
        Map<Integer, BigDecimal> advancesPerYear = new TreeMap<>();
        for (DecisionForm.Advance advance : form.advances()) {
            if (advance.dueOn() == null || advance.amount() == null || advance.amount().signum() <= 0) {
                problems.add(new Problem("advances", "decision.advanceIncomplete"));
                return problems;
            }
            advancesPerYear.merge(advance.year(), advance.amount(), BigDecimal::add);
        }
        advancesPerYear.forEach((year, total) -> {
            if (total.compareTo(form.amounts().getOrDefault(year, BigDecimal.ZERO)) > 0) {
                problems.add(new Problem("advances", "decision.advancesAboveGrant", String.valueOf(year)));
            }
        });
        return problems;
    }
}
