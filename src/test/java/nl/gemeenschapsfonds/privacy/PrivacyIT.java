package nl.gemeenschapsfonds.privacy;

import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.FormSignIn;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's data on request and erasure (issue 17 items 3 and 4): the ZIP holds the person's data and nothing of
 * another organisation; erasure pseudonymises the account, the applications and the audit trail and ends the
 * sessions; the only contact of an open application cannot be erased until another contact is set.
 */
@IntegrationTest
class PrivacyIT {

    private static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort int port;
    @Autowired PersonalDataExport export;
    @Autowired Erasures erasures;
    @Autowired Applications applications;
    @Autowired TestAuthorities authorities;
    @Autowired SubmissionService submissions;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void my_data_holds_my_applications_with_their_attachments_and_nothing_of_another_organisation() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Inzage");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String mine = authorities.newApplicant("Dorpshuis Eigen");
        String other = authorities.newApplicant("Buurthuis Ander");
        long myApplication = applications.submitted(mine, call, Map.of(2027, amount("10000")));
        long otherApplication = applications.submitted(other, call, Map.of(2027, amount("20000")));
        String myReference = reference(myApplication);
        String otherReference = reference(otherApplication);
        String otherOrganisation = jdbc.sql("select o.legal_name from organisation o join app_user u on u.organisation_id = o.id where u.email = ?")
                .param(other).query(String.class).single();

        Map<String, byte[]> zip = unzip(authorities.as(mine, () -> export.mine()));

        String json = new String(zip.get(PersonalDataExport.JSON), StandardCharsets.UTF_8);
        assertThat(json).contains(mine, myReference, "\"account\"", "\"applications\"", "\"audit\"", "\"mail\"")
                .doesNotContain(other, otherReference, otherOrganisation);
        assertThat(zip.keySet()).as("the attachments of my application")
                .anySatisfy(name -> assertThat(name).startsWith("documents/applications/" + myReference + "/attachments/"))
                .noneSatisfy(name -> assertThat(name).contains(otherReference));
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> export.mine())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_funder_user_gets_their_account_their_funder_and_its_pledges_but_no_application_content() throws Exception {
        String json = new String(unzip(authorities.as(DemoUsers.FUNDER, () -> export.mine())).get(PersonalDataExport.JSON),
                StandardCharsets.UTF_8);
        assertThat(json).contains(DemoUsers.FUNDER, "\"funder\"", "\"pledgesOfMyFunder\"")
                .doesNotContain("\"costLines\"", "\"decisions\"");
    }

    @Test
    void an_administrator_produces_the_data_for_a_letter_and_the_audit_trail_says_so_without_the_data() throws Exception {
        String person = authorities.newApplicant("Vereniging Brief");
        long userId = userId(person);
        assertThatThrownBy(() -> authorities.as(DemoUsers.ADMIN, () -> export.forLetter(userId, " ")))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, byte[]> zip = unzip(authorities.as(DemoUsers.ADMIN, () -> export.forLetter(userId, "Brief 2027-041")));
        assertThat(new String(zip.get(PersonalDataExport.JSON), StandardCharsets.UTF_8)).contains(person);
        assertThat(jdbc.sql("select actor || ' ' || coalesce(reason, '') from audit_entry where action = 'PERSONAL_DATA_PROVIDED' and object_id = ?")
                .param(String.valueOf(userId)).query(String.class).list())
                .containsExactly(DemoUsers.ADMIN + " letter Brief 2027-041");
        assertThatThrownBy(() -> authorities.as(person, () -> export.forLetter(userId, "x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void erasure_puts_a_pseudonym_in_the_account_the_application_and_the_audit_trail_and_ends_the_sessions() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Vergeten");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String person = authorities.newApplicant("Dorpshuis Vergeten");
        String name = jdbc.sql("select display_name from app_user where email = ?").param(person).query(String.class).single();
        long userId = userId(person);
        long application = applications.submitted(person, call, Map.of(2027, amount("10000")));
        authorities.as(person, () -> submissions.withdraw(application, "we stoppen"));
        authorities.as(person, () -> erasures.requestClosing());
        assertThat(authorities.as(DemoUsers.ADMIN, () -> erasures.openRequests()))
                .anySatisfy(request -> assertThat(request.email()).isEqualTo(person));
        HttpClient browser = FormSignIn.signedIn(URI.create("http://localhost:" + port), person, PASSWORD);
        assertThat(myData(browser).statusCode()).as("signed in: my data").isEqualTo(200);

        String pseudonym = authorities.as(DemoUsers.ADMIN, () -> erasures.erase(userId, "verzoek van 5 december"));

        assertThat(pseudonym).startsWith("erased-");
        assertThat(jdbc.sql("select email || ' ' || display_name || ' ' || enabled from app_user where id = ?").param(userId)
                .query(String.class).single()).isEqualTo(pseudonym + "@erased.invalid " + pseudonym + " false");
        assertThat(jdbc.sql("select submitted_by from grant_application where id = ?").param(application).query(String.class).single())
                .isEqualTo(pseudonym + "@erased.invalid");
        assertThat(jdbc.sql("select count(*) from audit_entry where lower(actor) = lower(?) or before_state like ? or after_state like ? or reason like ?")
                .params(person, "%" + person + "%", "%" + person + "%", "%" + person + "%").query(Long.class).single())
                .as("the audit trail no longer names the person").isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ?").param(pseudonym + "@erased.invalid")
                .query(Long.class).single()).as("what they did is still there, under the pseudonym").isPositive();
        assertThat(jdbc.sql("select actor || '|' || coalesce(before_state, '') || '|' || coalesce(after_state, '') || '|' || coalesce(reason, '') from audit_entry where action = 'PERSON_ERASED' and object_id = ?")
                .param(String.valueOf(userId)).query(String.class).single())
                .as("the erasure is audited, not what was erased").isEqualTo(DemoUsers.ADMIN + "|||verzoek van 5 december")
                .doesNotContain(person, name);
        assertThat(jdbc.sql("select status from erasure_request where user_id = ?").param(userId).query(String.class).single())
                .isEqualTo("ERASED");

        HttpResponse<byte[]> after = myData(browser);
        assertThat(after.statusCode()).as("the session ended: to the sign-in page").isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("login"));
        assertThatThrownBy(() -> FormSignIn.signedIn(URI.create("http://localhost:" + port), person, PASSWORD))
                .as("signing in with the old address no longer works").isInstanceOf(AssertionError.class);
    }

    @Test
    void the_only_contact_of_an_open_application_cannot_be_erased_until_another_contact_is_set() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Contact");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String person = authorities.newApplicant("Dorpshuis Contact");
        long userId = userId(person);
        long organisation = jdbc.sql("select organisation_id from app_user where id = ?").param(userId).query(Long.class).single();
        long application = applications.submitted(person, call, Map.of(2027, amount("10000")));
        String reference = reference(application);

        assertThatThrownBy(() -> authorities.as(DemoUsers.ADMIN, () -> erasures.erase(userId, "brief")))
                .isInstanceOfSatisfying(ErasureRefusedException.class, refused -> {
                    assertThat(refused.key()).isEqualTo("privacy.erase.onlyContact");
                    assertThat(refused.arguments()).containsExactly(reference);
                });
        assertThat(jdbc.sql("select erased_at is null from app_user where id = ?").param(userId).query(Boolean.class).single())
                .as("nothing erased").isTrue();

        String colleague = "collega-" + userId + "@test.example";
        jdbc.sql("""
                        insert into app_user (email, display_name, password_hash, role, organisation_id, email_confirmed)
                        values (?, 'Collega', 'x', 'APPLICANT', ?, true)""").params(colleague, organisation).update();
        long colleagueId = userId(colleague);
        var open = authorities.as(DemoUsers.ADMIN, () -> erasures.openApplicationsOf(userId));
        assertThat(authorities.as(DemoUsers.ADMIN, () -> erasures.otherContacts(userId)))
                .extracting(Erasures.Person::userId).containsExactly(colleagueId);
        authorities.as(DemoUsers.ADMIN, () -> erasures.setContact(open.getFirst(), colleagueId));

        authorities.as(DemoUsers.ADMIN, () -> erasures.erase(userId, "brief"));
        assertThat(jdbc.sql("select submitted_by from grant_application where id = ?").param(application).query(String.class).single())
                .isEqualTo(colleague);
    }

    @Test
    void staff_and_the_administrator_themself_are_not_erased() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Personeel");
        assertThatThrownBy(() -> authorities.as(DemoUsers.ADMIN, () -> erasures.erase(userId(staff.reviewer()), "brief")))
                .isInstanceOfSatisfying(ErasureRefusedException.class, refused -> assertThat(refused.key()).isEqualTo("privacy.erase.staff"));
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> erasures.erase(userId(staff.admin()), "brief")))
                .isInstanceOfSatisfying(ErasureRefusedException.class, refused -> assertThat(refused.key()).isEqualTo("privacy.erase.self"));
    }

    @Test
    void the_application_cannot_rewrite_the_audit_trail_itself_even_with_the_pseudonymisation_flag_set() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("select set_config('app.audit_pseudonymise', 'on', true)").query(String.class).single();
            jdbc.sql("update audit_entry set actor = 'someone else' where id = (select max(id) from audit_entry)").update();
        })).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                "delete from audit_entry where id = (select max(id) from audit_entry)").update()))
                .rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
    }

    private HttpResponse<byte[]> myData(HttpClient browser) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/my-data/mijn-gegevens.zip")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private long userId(String email) {
        return jdbc.sql("select id from app_user where email = ?").param(email).query(Long.class).single();
    }

    private String reference(long application) {
        return jdbc.sql("select reference from grant_application where id = ?").param(application).query(String.class).single();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
