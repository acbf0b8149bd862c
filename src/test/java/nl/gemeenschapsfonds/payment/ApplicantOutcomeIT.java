package nl.gemeenschapsfonds.payment;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.fund.AuthorityAddress;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** What the applicant is told of the outcome: the decision mail and letter, and a mail when money is paid. */
@IntegrationTest
class ApplicantOutcomeIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    GrantWithAdvances grants;

    @Autowired
    AuthorityAddress addresses;

    @Autowired
    DecisionService decisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private String nameOf(String email) {
        return jdbc.sql("select display_name from app_user where email = ?").param(email).query(String.class).single();
    }

    private String displayNameOfDecider(Staff staff) {
        return nameOf(staff.decisionMaker());
    }

    @Test
    void the_decision_mail_names_the_applicant_says_what_was_granted_and_links_to_the_application() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Uitkomst");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"), 2028, amount("100000"))));
        GrantWithAdvances.Grant grant = grants.grantIn(staff, call);

        Mails.Received mail = Mails.await(greenMail, grant.applicant(), 2).stream()
                .filter(m -> m.subject().startsWith("Besluit op uw aanvraag")).findFirst().orElseThrow();
        assertThat(mail.body()).startsWith("Beste " + nameOf(grant.applicant()) + ",\n")
                .doesNotContain("Beste aanvrager")
                .contains("Uw aanvraag is verleend: u krijgt € 60.000,00, het hele gevraagde bedrag.")
                .contains("/applications/" + grant.applicationId());
    }

    @Test
    void the_letter_has_both_postal_addresses_the_signatory_and_every_report_with_its_date() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Brief");
        authorities.as(staff.admin(), () -> {
            addresses.saveMine("Postbus 1234\n\n8000 AA  Zwolle  ");
            return null;
        });
        assertThat(authorities.as(staff.admin(), () -> addresses.mine()).address()).isEqualTo("Postbus 1234\n8000 AA  Zwolle");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"), 2028, amount("100000"))));
        GrantWithAdvances.Grant grant = grants.grantIn(staff, call);

        byte[] letter = authorities.as(grant.applicant(), () -> decisions.myDecision(grant.applicationId())).orElseThrow().letter();
        String text = new PDFTextStripper().getText(Loader.loadPDF(letter)).replace("\r\n", "\n");
        assertThat(text).contains("Dorpsstraat 1", "8011 AB", "Zwolle")
                .contains("Postbus 1234")
                .contains("Namens het college van burgemeester en wethouders van Gemeente Brief")
                .contains(displayNameOfDecider(staff), "budgethouder")
                .contains("Verslagen die wij van u vragen", "Eindverslag met aanvraag tot vaststelling");
        int[] years = jdbc.sql("select period_year from report_obligation where application_id = ? and kind = 'PROGRESS'")
                .param(grant.applicationId()).query(Integer.class).list().stream().mapToInt(Integer::intValue).toArray();
        for (int year : years) {
            assertThat(text).as("every progress report the portal will ask for").contains("Voortgangsverslag " + year);
        }
        LocalDate finalDue = jdbc.sql("select due_on from report_obligation where application_id = ? and kind = 'FINAL'")
                .param(grant.applicationId()).query(LocalDate.class).single();
        assertThat(text).as("the same date the portal asks it by").contains(nl.gemeenschapsfonds.base.Formats.date(finalDue,
                java.util.Locale.of("nl", "NL")));
    }

    @Test
    void the_decision_letter_and_its_mail_name_the_partners_of_the_application_where_they_name_the_applicant()
            throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Samen Besloten");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String lead = authorities.newApplicant("Buurthuis");
        String partner = authorities.newApplicant("Sportclub");
        long id = applications.awaitingDecision(staff, lead, call, Map.of(2027, amount("20000")), 8);
        long partnerOrganisation = jdbc.sql("select organisation_id from app_user where email = ?").param(partner)
                .query(Long.class).single();
        String partnerName = jdbc.sql("select legal_name from organisation where id = ?").param(partnerOrganisation)
                .query(String.class).single();
        // named while the application was a draft (CoApplicantsIT covers how); frozen since its submission
        jdbc.sql("insert into co_applicant (application_id, organisation_id, role, added_by, added_at) values (?, ?, ?, ?, now())")
                .params(id, partnerOrganisation, "Organiseert de sportmiddagen", lead).update();

        applications.decide(staff, id, new java.util.TreeMap<>(Map.of(2027, amount("20000"))));

        String named = partnerName + " (Organiseert de sportmiddagen)";
        byte[] letter = authorities.as(lead, () -> decisions.myDecision(id)).orElseThrow().letter();
        String text = new PDFTextStripper().getText(Loader.loadPDF(letter)).replaceAll("\\s+", " ");
        assertThat(text).contains("U deed deze aanvraag samen met: " + named + ". Zij kunnen dit besluit in het portaal lezen.");
        Mails.Received mail = Mails.await(greenMail, lead, 2).stream()
                .filter(m -> m.subject().startsWith("Besluit op uw aanvraag")).findFirst().orElseThrow();
        assertThat(mail.body()).contains("Uw aanvraag is verleend: u krijgt € 20.000,00, het hele gevraagde bedrag.\n\n"
                + "U deed deze aanvraag samen met: " + named + ".");
        assertThat(Mails.to(greenMail, partner)).as("the partners read it in the portal; the lead is mailed (ADR 0030)")
                .isEmpty();
    }

    @Test
    void the_applicant_hears_by_name_when_an_advance_is_paid() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Betaalt");
        record Payment(long id, String reference) {
        }
        Payment first = jdbc.sql("select id, reference from payment_instruction where application_id = ? order by position limit 1")
                .param(grant.applicationId()).query((rs, row) -> new Payment(rs.getLong(1), rs.getString(2))).single();
        int before = Mails.to(greenMail, grant.applicant()).size();

        events.publishEvent(new AdvancePaid(grant.applicationId(), first.id(), first.reference(), false,
                GrantWithAdvances.FIRST, LocalDate.of(2027, 1, 4)));

        Mails.Received mail = Mails.await(greenMail, grant.applicant(), before + 1).getLast();
        assertThat(mail.subject()).startsWith("Betaling van uw subsidie GF-");
        assertThat(mail.body()).startsWith("Beste " + nameOf(grant.applicant()) + ",\n")
                .contains("het voorschot " + first.reference() + " van € 10.000,00 op 04-01-2027 betaald op uw rekening eindigend op 4300")
                .contains("/applications/" + grant.applicationId());
    }

    @Autowired
    nl.gemeenschapsfonds.submission.SubmissionService submissions;

    @Autowired
    nl.gemeenschapsfonds.submission.AttachmentService attachmentService;

    @Autowired
    nl.gemeenschapsfonds.submission.SubmittedApplicationPdf submittedPdf;

    @Test
    void the_application_as_submitted_is_one_pdf_with_the_receipt_on_top() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Archief");
        long id = grant.applicationId();
        byte[] pdf = authorities.as(grant.applicant(), () -> submittedPdf.render(submissions.detail(id), submissions.draft(id),
                "Zwolle", attachmentService.list(id), java.util.Locale.of("nl", "NL")));
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf));
        String reference = jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
        assertThat(text).contains("Ontvangstbevestiging", reference, "1. Regeling", "2. Voorziening", "3. Project en ontmoeting",
                "4. Begroting", "5. Dekkingsplan", "6. Bijlagen", "Totale kosten", "Totale dekking");
        assertThat(text.indexOf("Ontvangstbevestiging")).as("the receipt first").isLessThan(text.indexOf("2. Voorziening"));
    }
}
