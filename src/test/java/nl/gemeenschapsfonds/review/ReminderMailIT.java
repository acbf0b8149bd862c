package nl.gemeenschapsfonds.review;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.LanguageChosen;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the daily reminder says, and to whom: each authority's reviewers, about their own authority's applications. The
 * runs here are for the test's own authorities (ADR 0031 rule 3: the run over the whole shared database mailed every
 * reviewer any earlier test class left a due application, 59 s for this class late in the suite); two authorities
 * where the test is that each gets only its own. The run over all authorities is {@link ReminderLockIT}'s.
 */
@IntegrationTest
class ReminderMailIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    UserAccounts accounts;

    @Autowired
    IntakeService intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AssignmentService assignments;

    private LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private String reference(long applicationId) {
        return jdbc.sql("select reference from grant_application where id = ?").param(applicationId).query(String.class).single();
    }

    private long call(Staff staff, int decisionWeeks) throws Exception {
        return applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("500000"))).decisionWeeks(decisionWeeks));
    }

    @Test
    void each_reviewer_gets_the_overdue_and_the_nearly_due_applications_of_their_own_authority_only() throws Exception {
        Staff mine = authorities.newAuthority("Gemeente Herinnering");
        Staff other = authorities.newAuthority("Gemeente Elders");
        String applicant = authorities.newApplicant("Vereniging Termijn");
        long oneWeek = call(mine, 1);
        long overdue = applications.submitted(applicant, oneWeek, Map.of(2027, amount("10000")));
        long decided = applications.granted(mine, applicant, oneWeek, Map.of(2027, amount("10000")));
        long dueSoon = applications.submitted(applicant, call(mine, 2), Map.of(2027, amount("10000")));
        authorities.as(mine.reviewer(), () -> intake.completeIntake(dueSoon));
        long later = applications.submitted(applicant, call(mine, 8), Map.of(2027, amount("10000")));
        long elsewhere = applications.submitted(authorities.newApplicant("Stichting Elders"), call(other, 1), Map.of(2027, amount("10000")));

        // Ten days from now: the one-week deadline passed three days ago, the two-week one is four days away.
        LocalDate inTenDays = today.plusDays(10);
        reminders.sendReminders(inTenDays, Set.of(mine.authorityId(), other.authorityId()));

        Mails.Received reminder = Mails.await(greenMail, mine.reviewer(), 1).getFirst();
        assertThat(Mails.to(greenMail, mine.reviewer())).hasSize(1);
        assertThat(reminder.subject()).isEqualTo("Beslistermijnen: 1 verlopen, 1 binnen 7 dagen");
        String overdueSection = reminder.body().substring(reminder.body().indexOf("Beslistermijn verstreken (1):"),
                reminder.body().indexOf("Beslistermijn binnen 7 dagen (1):"));
        String soonSection = reminder.body().substring(reminder.body().indexOf("Beslistermijn binnen 7 dagen (1):"));
        assertThat(overdueSection).contains(reference(overdue)).contains("Ingediend")
                .contains("uiterlijk " + Formats.date(today.plusWeeks(1), Locale.of("nl"))).contains("(3 dagen te laat)");
        assertThat(soonSection).contains(reference(dueSoon)).contains("In beoordeling").contains("(nog 4 dagen)").doesNotContain(reference(overdue));
        assertThat(reminder.body()).contains("Gemeente Herinnering").contains("Vereniging Termijn")
                .doesNotContain(reference(decided)).doesNotContain(reference(later)).doesNotContain(reference(elsewhere));

        assertThat(Mails.await(greenMail, other.reviewer(), 1)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Beslistermijnen: 1 verlopen, 0 binnen 7 dagen");
            assertThat(mail.body()).contains(reference(elsewhere)).doesNotContain(reference(overdue)).doesNotContain(reference(dueSoon));
        });
        assertThat(Mails.to(greenMail, mine.decisionMaker())).isEmpty();
        assertThat(Mails.to(greenMail, mine.admin())).isEmpty();
    }

    @Test
    void a_reviewer_who_chose_english_gets_it_in_english_and_a_deadline_seven_days_away_counts_as_due() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Engels");
        String english = "reviewer-en-" + staff.authorityId() + "@test.example";
        accounts.create(english, "Reviewer in English", "a-long-enough-password", Role.REVIEWER, staff.authorityId(), null, null);
        accounts.rememberLanguage(new LanguageChosen(english, Locale.ENGLISH));
        long application = applications.submitted(authorities.newApplicant("Vereniging Week"), call(staff, 1), Map.of(2027, amount("10000")));

        reminders.sendReminders(today, Set.of(staff.authorityId()));

        assertThat(Mails.await(greenMail, english, 1)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Decision deadlines: 0 passed, 1 within 7 days");
            assertThat(mail.body()).contains("Dear Reviewer in English").contains(reference(application))
                    .contains("due " + Formats.date(today.plusDays(7), Locale.ENGLISH)).contains("(7 days left)");
        });
        assertThat(Mails.await(greenMail, staff.reviewer(), 1)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Beslistermijnen: 0 verlopen, 1 binnen 7 dagen"));
    }

    @Test
    void the_line_of_an_application_assigned_to_the_reviewer_says_so_in_their_mail_only() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Toegewezen");
        String colleague = "colleague-" + staff.authorityId() + "@test.example";
        accounts.create(colleague, "Collega", "a-long-enough-password", Role.REVIEWER, staff.authorityId(), null, null);
        long call = call(staff, 1);
        long mine = applications.submitted(authorities.newApplicant("Vereniging Eigen"), call, Map.of(2027, amount("10000")));
        long unassigned = applications.submitted(authorities.newApplicant("Vereniging Vrij"), call, Map.of(2027, amount("10000")));
        authorities.as(staff.reviewer(), () -> assignments.assignMyself(mine, true));

        reminders.sendReminders(today, Set.of(staff.authorityId()));

        String body = Mails.await(greenMail, staff.reviewer(), 1).getFirst().body();
        assertThat(line(body, reference(mine))).endsWith("— aan u toegewezen");
        assertThat(line(body, reference(unassigned))).doesNotContain("toegewezen");
        assertThat(Mails.await(greenMail, colleague, 1).getFirst().body()).contains(reference(mine)).doesNotContain("toegewezen");
    }

    private static String line(String body, String reference) {
        return body.lines().filter(line -> line.contains(reference)).findFirst().orElseThrow();
    }
}
