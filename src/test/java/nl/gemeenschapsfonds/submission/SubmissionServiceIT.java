package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Submission on real PostgreSQL and a real (in-process) SMTP server. */
@IntegrationTest
class SubmissionServiceIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    SubmissionService submissions;

    @Autowired
    FundService funds;

    @Autowired
    CallService calls;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    nl.gemeenschapsfonds.test.RequiredAttachments requiredAttachments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String applicant;
    private long call;
    private LocalDate today;

    @BeforeEach
    void openCall() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        Staff staff = authorities.newAuthority("Gemeente Indientest");
        long fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Fonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("1000000"), 2028, new BigDecimal("1000000"))))));
        call = authorities.as(staff.admin(), () -> {
            long id = calls.save(new CallData(null, 0, fund, null, "Open regeling", "Open call", null, null,
                    EnumSet.of(FacilityType.COMMUNITY_CENTRE, FacilityType.VILLAGE_SHOP), today.minusDays(1), today.plusDays(30),
                    false, AllocationMethod.FIRST_COME, new BigDecimal("100000"), new BigDecimal("20"), new BigDecimal("50"),
                    null, false, 8, 6, new TreeMap<>(Map.of(2027, new BigDecimal("500000"), 2028, new BigDecimal("500000"))),
                    List.of()));
            calls.publish(id);
            return id;
        });
        applicant = authorities.newApplicant("Vereniging Testhuis");
    }

    /** A plan of € 100.000: grant € 50.000 (the fund's maximum share), municipality € 30.000, private € 20.000. */
    private ApplicationDraft complete(long id, long version) {
        return new ApplicationDraft(id, version, call, FacilityType.COMMUNITY_CENTRE, "Buurthuis De Brug", "Brugweg 1",
                "8011ab", "Zwolle", "GM0193", KindOfWork.RENOVATION, "Nieuwe keuken <b>voor iedereen</b>",
                "Een keuken waar buurtbewoners samen koken.", "Ouderen en alleenstaanden", 120, "Samen eten op dinsdag",
                "Stichting Welzijn", null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new CostLine(CostCategory.FURNISHING, 2027, "Keuken", new BigDecimal("100000.00"))),
                List.of(FinancingLine.of(FundingSource.GRANT, 2027, "Gemeenschapsfonds", new BigDecimal("50000.00")),
                        FinancingLine.of(FundingSource.MUNICIPALITY, 2027, "Gemeente", new BigDecimal("30000.00")),
                        FinancingLine.of(FundingSource.PRIVATE_FUNDER, 2027, "Stichting", new BigDecimal("15000.00")),
                        FinancingLine.volunteerHours(2027, "Vrijwilligers", new BigDecimal("200"), new BigDecimal("25.00"))),
                false);
    }

    private long draftWith(java.util.function.UnaryOperator<ApplicationDraft> change) throws Exception {
        return authorities.as(applicant, () -> {
            long id = submissions.startDraft(call);
            submissions.saveDraft(change.apply(complete(id, submissions.draft(id).version())));
            requiredAttachments.addTo(id);
            return id;
        });
    }

    private List<String> problemKeys(long id) throws Exception {
        return authorities.as(applicant, () -> submissions.problems(id)).stream().map(Problem::messageKey).toList();
    }

    @Test
    void a_complete_application_is_submitted_with_reference_receipt_time_and_due_date_and_a_mailed_receipt() throws Exception {
        long id = draftWith(d -> d);
        assertThat(problemKeys(id)).isEmpty();
        Instant before = clock.instant();
        Receipt receipt = authorities.as(applicant, () -> submissions.submit(id, submissions.draft(id).version(), Locale.of("nl")));

        assertThat(receipt.reference()).matches("GF-" + today.getYear() + "-\\d{6}");
        assertThat(receipt.receivedAt()).isBetween(before, clock.instant());
        assertThat(receipt.decisionDue()).isEqualTo(LocalDate.ofInstant(receipt.receivedAt(), Formats.ZONE).plusWeeks(8));
        var row = jdbc.sql("select status, reference, submitted_at, amount_requested from grant_application where id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat(((java.sql.Timestamp) row.get("submitted_at")).toInstant()).isEqualTo(receipt.receivedAt());
        assertThat((BigDecimal) row.get("amount_requested")).isEqualByComparingTo("50000.00");

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = greenMail.getReceivedMessagesForDomain("test.example")[0];
        assertThat(mail.getSubject()).isEqualTo("Ontvangstbevestiging van uw aanvraag " + receipt.reference());
        assertThat(GreenMailUtil.getBody(mail)).contains(receipt.reference()).contains(Formats.date(receipt.decisionDue(), Locale.of("nl")));
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        parts.getBodyPart(1).getDataHandler().writeTo(pdf);
        String pdfText = new PDFTextStripper().getText(Loader.loadPDF(pdf.toByteArray()));
        assertThat(pdfText).contains("Ontvangstbevestiging").contains(receipt.reference())
                .contains("Nieuwe keuken <b>voor iedereen</b>").contains("€ 50.000,00");
    }

    @Test
    void a_submitted_application_is_read_only_for_the_applicant() throws Exception {
        long id = draftWith(d -> d);
        authorities.as(applicant, () -> submissions.submit(id, submissions.draft(id).version(), Locale.of("nl")));
        assertThatThrownBy(() -> authorities.as(applicant, () -> submissions.saveDraft(submissions.draft(id))))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> authorities.as(applicant, () -> submissions.submit(id, submissions.draft(id).version(), Locale.ENGLISH)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_plan_that_does_not_balance_is_refused_with_the_missing_amount() throws Exception {
        long id = draftWith(d -> new ApplicationDraft(d.id(), d.version(), d.callId(), d.facilityType(), d.facilityName(),
                d.facilityStreet(), d.facilityPostcode(), d.facilityCity(), d.facilityMunicipalityCode(), d.kindOfWork(),
                d.title(), d.description(), d.targetGroups(), d.expectedVisitorsPerWeek(), d.activities(), d.partners(),
                d.intervention(), d.startDate(), d.endDate(),
                List.of(new CostLine(CostCategory.FURNISHING, 2027, "Keuken", new BigDecimal("100000.01"))),
                d.financingLines(), false));
        assertThat(authorities.as(applicant, () -> submissions.problems(id)))
                .extracting(Problem::field, Problem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("financingLines", "submit.planShort"));
        assertThatThrownBy(() -> authorities.as(applicant, () -> submissions.submit(id, submissions.draft(id).version(), Locale.of("nl"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select status from grant_application where id = ?").param(id).query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void the_grant_maximum_the_years_of_the_call_and_the_co_financing_rules_are_checked() throws Exception {
        long id = draftWith(d -> new ApplicationDraft(d.id(), d.version(), d.callId(), d.facilityType(), d.facilityName(),
                d.facilityStreet(), d.facilityPostcode(), d.facilityCity(), d.facilityMunicipalityCode(), d.kindOfWork(),
                d.title(), d.description(), d.targetGroups(), d.expectedVisitorsPerWeek(), d.activities(), d.partners(),
                d.intervention(), d.startDate(), d.endDate(),
                List.of(new CostLine(CostCategory.CONSTRUCTION, 2029, "Verbouwing", new BigDecimal("300000.00"))),
                List.of(FinancingLine.of(FundingSource.GRANT, 2029, "Fonds", new BigDecimal("200000.00")),
                        FinancingLine.of(FundingSource.MUNICIPALITY, 2029, "Gemeente", new BigDecimal("100000.00"))), false));
        assertThat(problemKeys(id)).contains("submit.yearNotInCall", "submit.grantAboveMaximum",
                "rule.minPrivateShare.notMet", "rule.maxFundShare.notMet");
    }

    @Test
    void another_organisation_cannot_see_change_submit_or_withdraw_the_application() throws Exception {
        long id = draftWith(d -> d);
        String other = authorities.newApplicant("Andere vereniging");
        assertThatThrownBy(() -> authorities.as(other, () -> submissions.draft(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other, () -> submissions.detail(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other, () -> submissions.saveDraft(complete(id, 1)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other, () -> submissions.submit(id, 1, Locale.of("nl")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other, () -> submissions.receiptPdf(id, Locale.of("nl")))).isInstanceOf(NotFoundException.class);
        assertThat(authorities.as(other, () -> submissions.myApplications())).noneMatch(item -> item.id() == id);
    }

    @Test
    void two_people_saving_the_same_draft_version_the_second_is_told_so() throws Exception {
        long id = draftWith(d -> d);
        long version = authorities.as(applicant, () -> submissions.draft(id).version());
        authorities.as(applicant, () -> submissions.saveDraft(complete(id, version)));
        assertThatThrownBy(() -> authorities.as(applicant, () -> submissions.saveDraft(complete(id, version))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_submitted_application_can_be_withdrawn_and_then_no_longer() throws Exception {
        long id = draftWith(d -> d);
        authorities.as(applicant, () -> submissions.submit(id, submissions.draft(id).version(), Locale.of("nl")));
        authorities.as(applicant, () -> submissions.withdraw(id, "Het dak is al door de gemeente betaald"));
        assertThat(authorities.as(applicant, () -> submissions.detail(id)).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> authorities.as(applicant, () -> submissions.withdraw(id, "again")))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(jdbc.sql("select reason from audit_entry where object_type = 'Application' and object_id = ? and action = 'APPLICATION_WITHDRAWN'")
                .param(String.valueOf(id)).query(String.class).single()).isEqualTo("Het dak is al door de gemeente betaald");
    }

    @Test
    void a_closed_call_takes_no_more_submissions() throws Exception {
        long id = draftWith(d -> d);
        String admin = jdbc.sql("select u.email from app_user u join fund f on f.authority_id = u.authority_id join grant_call c on c.fund_id = f.id where c.id = ? and u.role = 'ADMIN'")
                .param(call).query(String.class).single();
        authorities.as(admin, () -> calls.close(call));
        assertThat(problemKeys(id)).contains("submit.call.CLOSED");
    }

    @Test
    void text_that_would_not_fit_is_refused_at_its_field_and_nothing_is_saved() throws Exception {
        long id = draftWith(d -> d);
        long version = authorities.as(applicant, () -> submissions.draft(id).version());
        ApplicationDraft tooLong = complete(id, version);
        ApplicationDraft withLongTitle = new ApplicationDraft(id, version, call, tooLong.facilityType(), tooLong.facilityName(),
                tooLong.facilityStreet(), tooLong.facilityPostcode(), tooLong.facilityCity(), tooLong.facilityMunicipalityCode(),
                tooLong.kindOfWork(), "x".repeat(201), tooLong.description(), tooLong.targetGroups(), tooLong.expectedVisitorsPerWeek(),
                tooLong.activities(), tooLong.partners(), tooLong.intervention(), tooLong.startDate(), tooLong.endDate(),
                tooLong.costLines(), tooLong.financingLines(), false);
        assertThatThrownBy(() -> authorities.as(applicant, () -> submissions.saveDraft(withLongTitle)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).extracting(Problem::field).containsExactly("title"));
        assertThat(authorities.as(applicant, () -> submissions.draft(id)).title()).isEqualTo("Nieuwe keuken <b>voor iedereen</b>");
    }

    @Test
    void required_attachments_an_incomplete_organisation_profile_and_an_unconfirmed_address_block_submission() throws Exception {
        long id = authorities.as(applicant, () -> {
            long draft = submissions.startDraft(call);
            submissions.saveDraft(complete(draft, submissions.draft(draft).version()));
            return draft;
        });
        jdbc.sql("update organisation set iban = null where id = (select organisation_id from grant_application where id = ?)")
                .param(id).update();
        jdbc.sql("update app_user set email_confirmed = false where email = ?").param(applicant).update();
        assertThat(authorities.as(applicant, () -> submissions.problems(id)))
                .extracting(Problem::field, Problem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("attachments", "submit.attachmentMissing"),
                        org.assertj.core.groups.Tuple.tuple("organisation", "submit.organisationIncomplete"),
                        org.assertj.core.groups.Tuple.tuple("account", "submit.emailNotConfirmed"));
        assertThatThrownBy(() -> authorities.as(applicant, () -> submissions.submit(id, submissions.draft(id).version(), Locale.of("nl"))))
                .isInstanceOf(InvalidInputException.class);
    }
}
