package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.CoApplicantCases;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Co-applicants (issue 21.5, ADR 0030) at service level: the lead names registered partners by KvK number with their
 * role while drafting; members of a partner organisation read the submitted application and its decision and change
 * nothing; members of any other organisation see nothing.
 */
@IntegrationTest
class CoApplicantsIT {

    @Autowired
    TestAuthorities authorities;
    @Autowired
    Applications applications;
    @Autowired
    CoApplicants coApplicants;
    @Autowired
    SubmissionService submissions;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ApplicationAnswers answers;
    @Autowired
    DecisionService decisions;
    @Autowired
    ObjectionService objections;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CoApplicantCases cases;
    @Autowired
    DataSource dataSource;

    private static String problemKey(InvalidInputException invalid, String field) {
        return invalid.problems().stream().filter(p -> p.field().equals(field)).findFirst()
                .map(InvalidInputException.Problem::messageKey).orElse(null);
    }

    @Test
    void the_lead_names_a_registered_partner_by_kvk_number_with_its_role_and_wrong_numbers_are_refused_at_the_field()
            throws Exception {
        CoApplicantCases.Organisations organisations = cases.organisations("Gemeente Partners");
        long call = organisations.call();
        String lead = organisations.lead();
        String partner = organisations.partner();
        String other = authorities.newApplicant("Muziekschool");

        long draft = authorities.as(lead, () -> submissions.startDraft(call));
        CoApplicantItem added = authorities.as(lead, () -> coApplicants.add(draft, cases.kvkOf(partner), "  Organiseert de sportmiddagen "));
        assertThat(added.organisationId()).isEqualTo(cases.organisationOf(partner));
        assertThat(added.role()).isEqualTo("Organiseert de sportmiddagen");
        assertThat(added.legalName()).startsWith("Sportclub");
        assertThat(authorities.as(lead, () -> coApplicants.registeredName(cases.kvkOf(other)))).get().asString().startsWith("Muziekschool");

        InvalidInputException unknown = authorities.as(lead, () -> catchInvalid(() -> coApplicants.add(draft, "00000001", "Rol")));
        assertThat(problemKey(unknown, "coApplicantKvk")).isEqualTo("coapp.kvk.unknown");
        InvalidInputException own = authorities.as(lead, () -> catchInvalid(() -> coApplicants.add(draft, cases.kvkOf(lead), "Rol")));
        assertThat(problemKey(own, "coApplicantKvk")).isEqualTo("coapp.kvk.own");
        InvalidInputException twice = authorities.as(lead, () -> catchInvalid(() -> coApplicants.add(draft, cases.kvkOf(partner), "Rol")));
        assertThat(problemKey(twice, "coApplicantKvk")).isEqualTo("coapp.kvk.duplicate");
        InvalidInputException noRole = authorities.as(lead, () -> catchInvalid(() -> coApplicants.add(draft, cases.kvkOf(other), " ")));
        assertThat(problemKey(noRole, "coApplicantRole")).isEqualTo("coapp.role.required");
        assertThat(problemKey(noRole, "coApplicantKvk")).as("a good number is no problem").isNull();
        InvalidInputException letters = authorities.as(lead, () -> catchInvalid(() -> coApplicants.add(draft, "12ab5678", "Rol")));
        assertThat(problemKey(letters, "coApplicantKvk")).isEqualTo("coapp.kvk.format");

        authorities.as(lead, () -> coApplicants.changeRole(draft, added.organisationId(), "Penvoerder sport"));
        assertThat(authorities.as(lead, () -> coApplicants.of(draft))).extracting(CoApplicantItem::role).containsExactly("Penvoerder sport");

        // a draft is the lead's own: the partner sees nothing of it yet
        assertThatThrownBy(() -> authorities.as(partner, () -> submissions.detail(draft))).isInstanceOf(NotFoundException.class);
        assertThat(authorities.as(partner, () -> coApplicants.partnerIn())).extracting(PartnerApplicationItem::id).doesNotContain(draft);
        // a partner cannot name partners on another organisation's draft
        assertThatThrownBy(() -> authorities.as(partner, () -> coApplicants.add(draft, cases.kvkOf(other), "Rol")))
                .isInstanceOf(NotFoundException.class);

        authorities.as(lead, () -> coApplicants.remove(draft, added.organisationId()));
        assertThat(authorities.as(lead, () -> coApplicants.of(draft))).isEmpty();
    }

    @Test
    void co_applicant_members_read_the_application_and_its_decision_but_cannot_change_it_and_a_third_organisation_sees_nothing()
            throws Exception {
        CoApplicantCases.Organisations organisations = cases.organisations("Gemeente Samen");
        Staff staff = organisations.staff();
        String lead = organisations.lead();
        String partner = organisations.partner();
        String third = authorities.newApplicant("Muziekschool");
        long id = cases.grantedWithPartner(organisations);

        // reads: the page, the content, the files, the answers, the receipt and the decision with its letter
        ApplicationDetail detail = authorities.as(partner, () -> submissions.detail(id));
        assertThat(detail.status()).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(detail.editable()).isFalse();
        assertThat(detail.withdrawable()).isFalse();
        ApplicationDraft content = authorities.as(partner, () -> submissions.draft(id));
        assertThat(content.title()).isEqualTo(authorities.as(lead, () -> submissions.draft(id)).title());
        assertThat(authorities.as(partner, () -> attachments.list(id))).isNotEmpty();
        assertThat(authorities.as(partner, () -> answers.mine(id))).isNotNull();
        assertThat(authorities.as(partner, () -> submissions.receiptPdf(id, java.util.Locale.of("nl")))).isNotEmpty();
        DecisionService.DecisionSummary decision = authorities.as(partner, () -> decisions.myDecision(id)).orElseThrow();
        assertThat(decision.letter()).isNotEmpty();
        assertThat(decision.mayObject()).as("objecting is the lead's").isFalse();
        assertThat(authorities.as(lead, () -> decisions.myDecision(id)).orElseThrow().mayObject()).isTrue();
        assertThat(authorities.as(partner, () -> coApplicants.partnerIn())).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(id);
            assertThat(item.role()).isEqualTo("Organiseert de sportmiddagen");
            assertThat(item.leadOrganisation()).startsWith("Buurthuis");
        });
        assertThat(authorities.as(partner, () -> coApplicants.asPartner(id))).isPresent();
        assertThat(authorities.as(lead, () -> coApplicants.asPartner(id))).isEmpty();

        // changes nothing: no edit, withdrawal, upload, objection, report, partners
        assertThatThrownBy(() -> authorities.as(partner, () -> submissions.saveDraft(content))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(partner, () -> submissions.withdraw(id, "Wij stoppen"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(partner, () -> attachments.upload(id, AttachmentKind.OTHER, "extra.pdf",
                new ByteArrayInputStream(TestFiles.pdf("extra"))))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(partner, () -> objections.object(id, "Te weinig"))).isInstanceOf(NotFoundException.class);
        assertThat(authorities.as(partner, () -> objections.mine(id))).isEmpty();
        assertThat(authorities.as(partner, () -> reports.myObligations(id))).isEmpty();
        assertThat(authorities.as(lead, () -> reports.myObligations(id))).as("the lead reports").isNotEmpty();
        assertThatThrownBy(() -> authorities.as(partner, () -> coApplicants.remove(id, cases.organisationOf(partner))))
                .isInstanceOf(NotFoundException.class);
        // and the lead cannot change the partners after submission either: they were frozen with it
        assertThatThrownBy(() -> authorities.as(lead, () -> coApplicants.add(id, cases.kvkOf(third), "Rol")))
                .isInstanceOf(IllegalTransitionException.class);

        // a member of a third organisation sees nothing, exactly as for an application that does not exist
        assertThatThrownBy(() -> authorities.as(third, () -> submissions.detail(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(third, () -> submissions.draft(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(third, () -> attachments.list(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(third, () -> coApplicants.of(id))).isInstanceOf(NotFoundException.class);
        assertThat(authorities.as(third, () -> decisions.myDecision(id))).isEmpty();
        assertThat(authorities.as(third, () -> coApplicants.partnerIn())).isEmpty();

        // the authority's staff see the partners; another authority's do not
        assertThat(authorities.as(staff.reviewer(), () -> coApplicants.forStaff(id))).extracting(CoApplicantItem::role)
                .containsExactly("Organiseert de sportmiddagen");
        Staff elsewhere = authorities.newAuthority("Gemeente Elders");
        assertThatThrownBy(() -> authorities.as(elsewhere.reviewer(), () -> coApplicants.forStaff(id)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_partner_reading_the_answers_of_an_application_without_an_answers_row_writes_nothing() throws Exception {
        CoApplicantCases.Organisations organisations = cases.organisations("Gemeente Alleen Lezen");
        long call = organisations.call();
        String lead = organisations.lead();
        String partner = organisations.partner();
        long id = applications.submitted(lead, call, Map.of(2027, amount("20000")));
        cases.name(id, organisations);
        // an application from before the own questions (issue 21) has no answers row
        jdbc.sql("delete from application_answers where application_id = ?").param(id).update();

        AnswerSheet sheet = authorities.as(partner, () -> answers.mine(id));
        AnswerSheet leads = authorities.as(lead, () -> answers.mine(id));

        assertThat(sheet.answers()).isEmpty();
        assertThat(leads.answers()).isEmpty();
        assertThat(jdbc.sql("select count(*) from application_answers where application_id = ?").param(id).query(Long.class).single())
                .as("reading a submitted application writes nothing, neither for the partner nor for the lead").isZero();
    }

    @Test
    void a_partner_named_in_another_tab_a_moment_ago_is_refused_at_the_field_not_with_an_error() throws Exception {
        CoApplicantCases.Organisations organisations = cases.organisations("Gemeente Twee Tabbladen");
        long call = organisations.call();
        String lead = organisations.lead();
        String partner = organisations.partner();
        long draft = authorities.as(lead, () -> submissions.startDraft(call));
        CompletableFuture<Object> secondTab;
        try (var firstTab = dataSource.getConnection()) {
            firstTab.setAutoCommit(false);
            try (var insert = firstTab.prepareStatement("""
                    insert into co_applicant (application_id, organisation_id, role, added_by, added_at) values (?, ?, 'Rol', ?, now())""")) {
                insert.setLong(1, draft);
                insert.setLong(2, cases.organisationOf(partner));
                insert.setString(3, lead);
                insert.executeUpdate();
            }
            // the second tab's check does not see the first tab's partner yet; its insert waits for the first tab
            secondTab = CompletableFuture.supplyAsync(() -> {
                try {
                    return authorities.as(lead, () -> coApplicants.add(draft, cases.kvkOf(partner), "Andere rol"));
                } catch (Throwable refused) {
                    return refused;
                }
            });
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            while (jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single() == 0) {
                assertThat(secondTab).as("the second tab should wait for the first").isNotDone();
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(20);
            }
            firstTab.commit();
        }

        assertThat(secondTab.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(problemKey(invalid, "coApplicantKvk")).isEqualTo("coapp.kvk.duplicate"));
        assertThat(authorities.as(lead, () -> coApplicants.of(draft))).extracting(CoApplicantItem::role).containsExactly("Rol");
    }

    private static InvalidInputException catchInvalid(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException invalid) {
            return invalid;
        }
        throw new AssertionError("expected the input to be refused");
    }
}
