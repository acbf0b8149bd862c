package nl.gemeenschapsfonds.test;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.review.AssessmentForm;
import nl.gemeenschapsfonds.review.AssessmentService;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.review.RefusalGround;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.CostCategory;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.submission.FinancingLine;
import nl.gemeenschapsfonds.submission.FundingSource;
import nl.gemeenschapsfonds.submission.KindOfWork;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applications in every stage of the workflow, made through the real services and as the real
 * roles: an open call of a test authority, a submitted application (the applicant), intake and
 * assessment (the authority's reviewer), and a decision (its decision maker, who did not assess).
 * Start with {@link TestAuthorities#newAuthority} and {@link TestAuthorities#newApplicant}.
 *
 * <pre>{@code
 * Staff staff = authorities.newAuthority("Gemeente X");
 * long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
 * long id = applications.granted(staff, authorities.newApplicant("Vereniging"), call, Map.of(2027, amount("40000")));
 * }</pre>
 */
@Component
public class Applications {

    private final TestAuthorities authorities;
    private final FundService funds;
    private final CallService calls;
    private final SubmissionService submissions;
    private final IntakeService intake;
    private final AssessmentService assessments;
    private final DecisionService decisions;
    private final Clock clock;
    private final RequiredAttachments requiredAttachments;

    Applications(TestAuthorities authorities, FundService funds, CallService calls, SubmissionService submissions,
                 IntakeService intake, AssessmentService assessments, DecisionService decisions, Clock clock,
                 RequiredAttachments requiredAttachments) {
        this.requiredAttachments = requiredAttachments;
        this.authorities = authorities;
        this.funds = funds;
        this.calls = calls;
        this.submissions = submissions;
        this.intake = intake;
        this.assessments = assessments;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * What a test call looks like: how it allocates, its ceiling per year, the weeks to decide and its
     * criteria. The call is open from yesterday for thirty days, has no co-financing rules and no
     * maximum grant, and takes community centres.
     */
    public record CallSpec(String title, AllocationMethod allocation, SortedMap<Integer, BigDecimal> ceilings,
                           int decisionWeeks, List<Criterion> criteria) {

        public CallSpec {
            ceilings = new TreeMap<>(ceilings);
            criteria = List.copyOf(criteria);
        }

        /** First come, first served, eight weeks to decide, no criteria. */
        public static CallSpec firstCome(Map<Integer, BigDecimal> ceilings) {
            return new CallSpec("Regeling volgorde van binnenkomst", AllocationMethod.FIRST_COME, new TreeMap<>(ceilings), 8, List.of());
        }

        /** Ranking on one criterion ("Bereik", weight 100, scored 0-10: a score s weighs 10 × s), eight weeks to decide. */
        public static CallSpec ranking(Map<Integer, BigDecimal> ceilings) {
            return new CallSpec("Regeling rangschikking", AllocationMethod.RANKING, new TreeMap<>(ceilings), 8,
                    List.of(new Criterion("Bereik", "Reach", new BigDecimal("100"), 10)));
        }

        public CallSpec titled(String newTitle) {
            return new CallSpec(newTitle, allocation, ceilings, decisionWeeks, criteria);
        }

        public CallSpec decisionWeeks(int weeks) {
            return new CallSpec(title, allocation, ceilings, weeks, criteria);
        }
    }

    /** A published call of the authority, in a new fund whose budget per year is the ceiling plus a million. */
    public long openCall(Staff staff, CallSpec spec) throws Exception {
        LocalDate today = today();
        SortedMap<Integer, BigDecimal> budgets = new TreeMap<>();
        spec.ceilings().forEach((year, ceiling) -> budgets.put(year, ceiling.add(new BigDecimal("1000000"))));
        return authorities.as(staff.admin(), () -> {
            long fund = funds.save(new FundData(null, 0, "Fonds " + UUID.randomUUID().toString().substring(0, 8), null, budgets),
                    nl.gemeenschapsfonds.test.TestPayingAccounts.FORM);
            long call = calls.save(new CallData(null, 0, fund, null, spec.title(), spec.title() + " (en)", null, null,
                    EnumSet.of(FacilityType.COMMUNITY_CENTRE), today.minusDays(1), today.plusDays(30), false,
                    spec.allocation(), null, null, null, null, false, spec.decisionWeeks(), 6, spec.ceilings(),
                    spec.criteria()));
            calls.publish(call);
            return call;
        });
    }

    /** Closes the call by hand (the close date need not have passed), as its administrator. */
    public void close(Staff staff, long callId) throws Exception {
        authorities.as(staff.admin(), () -> calls.close(callId));
    }

    /**
     * A complete application of the applicant's organisation asking {@code grantPerYear}, submitted
     * (in Dutch); answers its id. Costs are twice the grant per year, the municipality pays the rest.
     */
    public long submitted(String applicant, long callId, Map<Integer, BigDecimal> grantPerYear) throws Exception {
        return authorities.as(applicant, () -> {
            long id = submissions.startDraft(callId);
            submissions.saveDraft(draft(id, submissions.draft(id).version(), callId, new TreeMap<>(grantPerYear)));
            requiredAttachments.addTo(id);
            submissions.submit(id, submissions.draft(id).version(), Locale.of("nl"));
            return id;
        });
    }

    /**
     * Like {@link #submitted}, but seeking co-financing: each year the plan counts on
     * {@code privateFunderPerYear} from private funders, taken off the municipality's part.
     */
    public long submittedSeekingCoFinancing(String applicant, long callId, Map<Integer, BigDecimal> grantPerYear,
                                            BigDecimal privateFunderPerYear) throws Exception {
        return authorities.as(applicant, () -> {
            long id = submissions.startDraft(callId);
            submissions.saveDraft(draft(id, submissions.draft(id).version(), callId, new TreeMap<>(grantPerYear), privateFunderPerYear));
            requiredAttachments.addTo(id);
            submissions.submit(id, submissions.draft(id).version(), Locale.of("nl"));
            return id;
        });
    }

    /**
     * A saved draft (not submitted) seeking co-financing like {@link #submittedSeekingCoFinancing}, with the
     * required attachments; answers its id.
     */
    public long draftSeekingCoFinancing(String applicant, long callId, Map<Integer, BigDecimal> grantPerYear,
                                        BigDecimal privateFunderPerYear) throws Exception {
        return authorities.as(applicant, () -> {
            long id = submissions.startDraft(callId);
            submissions.saveDraft(draft(id, submissions.draft(id).version(), callId, new TreeMap<>(grantPerYear), privateFunderPerYear));
            requiredAttachments.addTo(id);
            return id;
        });
    }

    /**
     * Intake completed and assessed by the authority's reviewer with these scores (one per criterion
     * of the call, in order), recommending the grant as asked: the application awaits the decision.
     */
    public void assess(Staff staff, long applicationId, Integer... scores) throws Exception {
        assess(staff.reviewer(), applicationId, true, scores);
    }

    /** Starts (and with {@code complete}, completes) {@code reviewer}'s assessment with these scores. */
    public void assess(String reviewer, long applicationId, boolean complete, Integer... scores) throws Exception {
        authorities.as(reviewer, () -> {
            long assessment = assessments.start(applicationId, true);
            AssessmentForm form = assessments.mine(applicationId).orElseThrow();
            List<AssessmentForm.CriterionScore> scored = new ArrayList<>();
            for (int i = 0; i < form.scores().size(); i++) {
                AssessmentForm.CriterionScore criterion = form.scores().get(i);
                scored.add(new AssessmentForm.CriterionScore(criterion.nameNl(), criterion.nameEn(), criterion.weight(),
                        criterion.maxScore(), i < scores.length ? scores[i] : null, null));
            }
            assessments.save(new AssessmentForm(applicationId, assessment, form.version(), scored, Recommendation.GRANT,
                    new TreeMap<>(), "Voldoet aan de regeling.", null, false), complete);
            return null;
        });
    }

    /** Submitted, intake completed, assessed with these scores: AWAITING_DECISION. */
    public long awaitingDecision(Staff staff, String applicant, long callId, Map<Integer, BigDecimal> grantPerYear,
                                 Integer... scores) throws Exception {
        long id = submitted(applicant, callId, grantPerYear);
        authorities.as(staff.reviewer(), () -> intake.completeIntake(id));
        assess(staff, id, scores);
        return id;
    }

    /** Awaiting decision, then granted as asked by the authority's decision maker (who did not assess it). */
    public long granted(Staff staff, String applicant, long callId, Map<Integer, BigDecimal> grantPerYear) throws Exception {
        long id = awaitingDecision(staff, applicant, callId, grantPerYear, 8);
        decide(staff, id, new TreeMap<>(grantPerYear));
        return id;
    }

    /** Awaiting decision, then refused (ground: not eligible) by the authority's decision maker. */
    public long refused(Staff staff, String applicant, long callId, Map<Integer, BigDecimal> grantPerYear) throws Exception {
        long id = awaitingDecision(staff, applicant, callId, grantPerYear, 2);
        authorities.as(staff.decisionMaker(), () -> decisions.decide(new DecisionForm(id, Recommendation.REFUSE, null, null,
                null, null, List.of(), RefusalGround.NOT_ELIGIBLE, "Past niet binnen de regeling.")));
        return id;
    }

    /**
     * Awaiting decision, then granted as asked by the authority's decision maker with these advance payments, which
     * become payment instructions for the authority's finance.
     */
    public long granted(Staff staff, String applicant, long callId, Map<Integer, BigDecimal> grantPerYear,
                        List<DecisionForm.Advance> advances) throws Exception {
        long id = awaitingDecision(staff, applicant, callId, grantPerYear, 8);
        decide(staff, id, new TreeMap<>(grantPerYear), advances);
        return id;
    }

    /** The decision maker grants these amounts; answers the decision's id. */
    public long decide(Staff staff, long applicationId, SortedMap<Integer, BigDecimal> amounts) throws Exception {
        return decide(staff, applicationId, amounts, List.of());
    }

    private long decide(Staff staff, long applicationId, SortedMap<Integer, BigDecimal> amounts,
                        List<DecisionForm.Advance> advances) throws Exception {
        return authorities.as(staff.decisionMaker(), () -> decisions.decide(new DecisionForm(applicationId, Recommendation.GRANT,
                amounts, "Volgens de regeling.", "Eindverslag binnen drie maanden na afloop.", null, advances, null,
                "Voldoet aan de regeling en draagt bij aan ontmoeting in de buurt.")));
    }

    public static BigDecimal amount(String euros) {
        return new BigDecimal(euros).setScale(2);
    }

    private static ApplicationDraft draft(long id, long version, long callId, SortedMap<Integer, BigDecimal> grantPerYear) {
        return draft(id, version, callId, grantPerYear, null);
    }

    private static ApplicationDraft draft(long id, long version, long callId, SortedMap<Integer, BigDecimal> grantPerYear,
                                          BigDecimal privateFunderPerYear) {
        List<CostLine> costs = new ArrayList<>();
        List<FinancingLine> financing = new ArrayList<>();
        grantPerYear.forEach((year, grant) -> {
            costs.add(new CostLine(CostCategory.FURNISHING, year, "Inrichting " + year, grant.multiply(BigDecimal.TWO)));
            financing.add(FinancingLine.of(FundingSource.GRANT, year, "Gemeenschapsfonds", grant));
            if (privateFunderPerYear == null) {
                financing.add(FinancingLine.of(FundingSource.MUNICIPALITY, year, "Gemeente", grant));
            } else {
                financing.add(FinancingLine.of(FundingSource.MUNICIPALITY, year, "Gemeente", grant.subtract(privateFunderPerYear)));
                financing.add(FinancingLine.of(FundingSource.PRIVATE_FUNDER, year, "Private financiers", privateFunderPerYear));
            }
        });
        // Seeking co-financing: what the plan counts on from private funders is what is still missing each year.
        SortedMap<Integer, BigDecimal> missing = new TreeMap<>();
        if (privateFunderPerYear != null) {
            grantPerYear.keySet().forEach(year -> missing.put(year, privateFunderPerYear));
        }
        return new ApplicationDraft(id, version, callId, FacilityType.COMMUNITY_CENTRE, "Buurthuis De Brug", "Brugweg 1",
                "8011ab", "Zwolle", "GM0193", KindOfWork.RENOVATION, "Een keuken voor iedereen",
                "Een keuken waar buurtbewoners samen koken.", "Ouderen en alleenstaanden", 120, "Samen eten op dinsdag",
                "Stichting Welzijn", null, LocalDate.of(grantPerYear.firstKey(), 1, 1), LocalDate.of(grantPerYear.lastKey(), 12, 31),
                costs, financing, privateFunderPerYear != null, missing);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
