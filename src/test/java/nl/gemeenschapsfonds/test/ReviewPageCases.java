package nl.gemeenschapsfonds.test;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review page's set-up that its screen tests ({@code ReviewApplicationViewTest}, {@code ReviewPageChecksViewTest})
 * share: a new authority with a fund of € 500.000 in 2027, a published first-come call (€ 100.000 in 2027) with the
 * given criteria, and a village shop's application of € 20.000, submitted with its required attachments.
 */
@Component
public class ReviewPageCases {

    /** The authority's staff, the applicant (sign-in name) and the submitted application. */
    public record Submitted(Staff staff, String applicant, long application) {
    }

    private final TestAuthorities authorities;
    private final RequiredAttachments requiredAttachments;
    private final FundService funds;
    private final CallService calls;
    private final SubmissionService submissions;
    private final Clock clock;

    ReviewPageCases(TestAuthorities authorities, RequiredAttachments requiredAttachments, FundService funds,
                    CallService calls, SubmissionService submissions, Clock clock) {
        this.authorities = authorities;
        this.requiredAttachments = requiredAttachments;
        this.funds = funds;
        this.calls = calls;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * "Gemeente {name}" with the call "{callNl}"/"{callEn}" and an application of "Dorpswinkel {name}", submitted.
     */
    public Submitted submitted(String name, String callNl, String callEn, List<Criterion> criteria) throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        Staff staff = authorities.newAuthority("Gemeente " + name);
        long fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Fonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("500000"))))));
        long call = authorities.as(staff.admin(), () -> {
            long id = calls.save(new CallData(null, 0, fund, null, callNl, callEn, null, null,
                    EnumSet.of(FacilityType.VILLAGE_SHOP), today.minusDays(1), today.plusDays(30), false,
                    AllocationMethod.FIRST_COME, null, null, null, null, false, 8, 6,
                    new TreeMap<>(Map.of(2027, new BigDecimal("100000"))), criteria));
            calls.publish(id);
            return id;
        });
        String applicant = authorities.newApplicant("Dorpswinkel " + name);
        long application = authorities.as(applicant, () -> {
            long id = submissions.startDraft(call);
            submissions.saveDraft(new ApplicationDraft(id, submissions.draft(id).version(), call, FacilityType.VILLAGE_SHOP,
                    "Dorpswinkel", "Brink 1", "8011 AB", "Zwolle", "GM0193", KindOfWork.KEEP_OPEN, "De winkel blijft",
                    "Omschrijving", "Iedereen", 300, "Boodschappen en koffie", null, null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), List.of(new CostLine(CostCategory.OPERATING, 2027, null, new BigDecimal("40000"))),
                    List.of(FinancingLine.of(FundingSource.GRANT, 2027, null, new BigDecimal("20000")),
                            FinancingLine.of(FundingSource.OWN_FUNDS, 2027, null, new BigDecimal("20000"))), false));
            requiredAttachments.addTo(id);
            submissions.submit(id, submissions.draft(id).version(), Locale.of("nl"));
            return id;
        });
        return new Submitted(staff, applicant, application);
    }
}
