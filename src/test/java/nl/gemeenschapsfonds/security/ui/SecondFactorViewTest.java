package nl.gemeenschapsfonds.security.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.SecondFactors;
import nl.gemeenschapsfonds.security.Totp;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second factor as a person meets it: a password sign-in of staff opens no page and reaches no service
 * until the authenticator app is set up and its code typed; codes come from the TOTP library's own generator
 * at the test clock's time, as the app on a phone would show them.
 */
class SecondFactorViewTest extends KaribuViewTest {

    private static final String PASSWORD = "a-long-enough-password";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    UserAccounts accounts;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    private String newStaff(Role role) {
        long authority = jdbc.sql("select id from authority where code = 'GM0193'").query(Long.class).single();
        String email = "tweede-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(email, "Tess Tweede", PASSWORD, role, authority, null, null);
        return email;
    }

    /** Signs in with the password as the login form does: Spring's FACTOR_PASSWORD, then the second-factor step. */
    private void signInWithPassword(String email) {
        UserDetails user = userDetails.loadUserByUsername(email);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        Authentication authentication = secondFactors.afterPassword(
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        // the roles of whatever authentication holds now: none while the second factor is owed
        request.setUserInRole((principal, role) -> SecurityContextHolder.getContext().getAuthentication().getAuthorities()
                .stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    private String secret() {
        return _get(Paragraph.class, spec -> spec.withId("second-factor-secret")).getText().replace(" ", "");
    }

    private static Class<?> currentView() {
        return UI.getCurrent().getCurrentView().getClass();
    }

    /** Sets up the app through the page and answers its secret and the recovery codes shown. */
    private Enrolled enrol(String email) {
        signInWithPassword(email);
        navigate("");
        String secret = secret();
        _get(TextField.class, spec -> spec.withId("second-factor-enrol-code")).setValue(Totp.code(secret, clock.instant()));
        _click(_get(Button.class, spec -> spec.withId("second-factor-enrol-confirm")));
        List<String> codes = _find(_get(UnorderedList.class, spec -> spec.withId("second-factor-recovery-codes")), ListItem.class)
                .stream().map(ListItem::getText).toList();
        _click(_get(Button.class, spec -> spec.withId("second-factor-recovery-done")));
        SecurityContextHolder.clearContext();
        return new Enrolled(secret, codes);
    }

    private record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private void typeCode(String code) {
        _get(TextField.class, spec -> spec.withId("second-factor-code")).setValue(code);
        _click(_get(Button.class, spec -> spec.withId("second-factor-submit")));
    }

    @Test
    void staff_must_set_up_an_authenticator_before_any_page_opens_or_any_service_answers() {
        String email = newStaff(Role.REVIEWER);
        signInWithPassword(email);

        navigate("work-queue");
        assertThat(currentView()).as("sent to the second factor").isEqualTo(SecondFactorView.class);
        assertThat(_get(Image.class, spec -> spec.withId("second-factor-qr")).getSrc()).startsWith("data:image/png;base64,");
        assertThat(secret()).matches("[A-Z2-7]{32}");
        navigate("account");
        assertThat(currentView()).as("not even the account page").isEqualTo(SecondFactorView.class);
        assertThatThrownBy(() -> auditTrail.history("AppUser", 1)).as("no service answers with only the password")
                .isInstanceOf(AccessDeniedException.class);

        String secret = secret();
        TextField code = _get(TextField.class, spec -> spec.withId("second-factor-enrol-code"));
        code.setValue("000000".equals(Totp.code(secret, clock.instant())) ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withId("second-factor-enrol-confirm")));
        assertThat(code.isInvalid()).as("a wrong code is refused at the field").isTrue();
        assertThat(code.getErrorMessage()).startsWith("Deze code klopt niet");

        code.setValue(Totp.code(secret, clock.instant()));
        _click(_get(Button.class, spec -> spec.withId("second-factor-enrol-confirm")));
        List<String> codes = _find(_get(UnorderedList.class, spec -> spec.withId("second-factor-recovery-codes")), ListItem.class)
                .stream().map(ListItem::getText).toList();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(recovery -> recovery.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(jdbc.sql("select code_hash from recovery_code where user_id = (select id from app_user where email = ?)")
                .param(email).query(String.class).list()).as("only hashes are stored").hasSize(10)
                .allMatch(hash -> hash.matches("[0-9a-f]{64}")).doesNotContainAnyElementsOf(codes);
        _click(_get(Button.class, spec -> spec.withId("second-factor-recovery-done")));

        navigate("work-queue");
        assertThat(currentView().getSimpleName()).isEqualTo("WorkQueueView");
        assertThat(auditTrail.history("AppUser", 1)).as("services answer now").isNotNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_REVIEWER", "FACTOR_PASSWORD", "FACTOR_TOTP")
                .doesNotContain(SecondFactors.PENDING);
    }

    @Test
    void a_wrong_code_is_refused_and_the_code_the_app_shows_lets_the_user_in() throws Exception {
        String email = newStaff(Role.FINANCE);
        Enrolled enrolled = enrol(email);

        clock.onDay(LocalDate.now().plusDays(1), () -> {
            signInWithPassword(email);
            navigate("payments");
            assertThat(currentView()).isEqualTo(SecondFactorView.class);
            String right = Totp.code(enrolled.secret(), clock.instant());
            String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
            typeCode(wrong);
            TextField code = _get(TextField.class, spec -> spec.withId("second-factor-code"));
            assertThat(code.isInvalid()).isTrue();
            assertThat(code.getValue()).as("what was typed stays").isEqualTo(wrong);
            assertThat(currentView()).isEqualTo(SecondFactorView.class);

            typeCode(right);
            assertThat(currentView()).as("on to the start page").isNotEqualTo(SecondFactorView.class);
            navigate("payments");
            assertThat(currentView().getSimpleName()).isEqualTo("PaymentsView");

            SecurityContextHolder.clearContext();
            signInWithPassword(email);
            navigate("");
            typeCode(right);
            assertThat(_get(TextField.class, spec -> spec.withId("second-factor-code")).isInvalid())
                    .as("a code that was used once does not work again").isTrue();
        });
    }

    @Test
    void a_recovery_code_works_once() {
        String email = newStaff(Role.DECISION_MAKER);
        Enrolled enrolled = enrol(email);
        String recovery = enrolled.recoveryCodes().get(3);

        signInWithPassword(email);
        navigate("");
        typeCode(recovery.toUpperCase(Locale.ROOT));
        assertThat(currentView()).isNotEqualTo(SecondFactorView.class);

        SecurityContextHolder.clearContext();
        signInWithPassword(email);
        navigate("");
        typeCode(recovery);
        assertThat(_get(TextField.class, spec -> spec.withId("second-factor-code")).isInvalid()).as("used").isTrue();
        typeCode(enrolled.recoveryCodes().get(4));
        assertThat(currentView()).as("another one still works").isNotEqualTo(SecondFactorView.class);
    }

    @Test
    void after_the_right_code_a_reviewer_goes_straight_to_the_work_queue_without_building_the_start_page_first() {
        String email = newStaff(Role.REVIEWER);
        Enrolled enrolled = enrol(email);
        signInWithPassword(email);
        navigate("");
        List<Class<?>> entered = new ArrayList<>();
        UI.getCurrent().addBeforeEnterListener(enter -> entered.add(enter.getNavigationTarget()));

        typeCode(enrolled.recoveryCodes().getFirst());

        assertThat(currentView().getSimpleName()).isEqualTo("WorkQueueView");
        assertThat(entered).as("one navigation, to the work queue (issue 20 item 5: the start page and its layout are not "
                + "built only to forward)").extracting(Class::getSimpleName).containsExactly("WorkQueueView");
    }

    @Test
    void the_demo_staff_sign_in_without_a_second_factor() {
        signInWithPassword(DemoUsers.REVIEWER);
        navigate("work-queue");
        assertThat(currentView().getSimpleName()).isEqualTo("WorkQueueView");
    }

    @Test
    void an_admin_reset_of_a_second_factor_is_audited_and_mailed_and_a_new_one_is_set_up_at_the_next_sign_in() throws Exception {
        String email = newStaff(Role.REVIEWER);
        enrol(email);
        long userId = accounts.findByEmail(email).orElseThrow().getId();

        login(DemoUsers.ADMIN);
        navigate("admin/second-factor");
        EmailField address = _get(EmailField.class, spec -> spec.withId("second-factor-reset-email"));
        address.setValue("niemand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        _click(_get(Button.class, spec -> spec.withId("second-factor-reset-submit")));
        assertThat(address.isInvalid()).as("an unknown address is refused at the field").isTrue();
        assertThat(address.getErrorMessage()).startsWith("Er is binnen uw bereik geen ander account");

        address.setValue(email);
        _click(_get(Button.class, spec -> spec.withId("second-factor-reset-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("second-factor-reset-done")).getText()).contains(email);

        assertThat(auditTrail.history("AppUser", userId)).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("SECOND_FACTOR_RESET");
            assertThat(entry.getActor()).isEqualTo(DemoUsers.ADMIN);
        });
        assertThat(jdbc.sql("select count(*) from recovery_code where user_id = ?").param(userId).query(Long.class).single())
                .as("the recovery codes are gone").isZero();
        assertThat(Mails.await(greenMail, email, 1).getFirst().subject()).isEqualTo("Uw tweede factor is verwijderd");

        SecurityContextHolder.clearContext();
        signInWithPassword(email);
        navigate("");
        assertThat(_find(Image.class, spec -> spec.withId("second-factor-qr"))).as("set up again").hasSize(1);
    }

    @Test
    void an_applicant_may_switch_the_second_factor_on_and_off_on_the_account_page() throws Exception {
        long organisation = jdbc.sql("select organisation_id from app_user where organisation_id is not null limit 1")
                .query(Long.class).single();
        String email = "aan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createApplicant(email, "Aad Aan", PASSWORD, organisation, Locale.of("nl"), true);
        signInWithPassword(email);
        navigate("account");
        assertThat(currentView().getSimpleName()).as("no second factor asked yet").isEqualTo("MyAccountView");

        _click(_get(Button.class, spec -> spec.withId("second-factor-switch-on")));
        String secret = secret();
        _get(TextField.class, spec -> spec.withId("second-factor-enrol-code")).setValue(Totp.code(secret, clock.instant()));
        _click(_get(Button.class, spec -> spec.withId("second-factor-enrol-confirm")));
        assertThat(_find(ListItem.class)).hasSizeGreaterThanOrEqualTo(10);
        _click(_get(Button.class, spec -> spec.withId("second-factor-recovery-done")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("second-factor-state")).getText()).startsWith("Inloggen vraagt om een code");

        SecurityContextHolder.clearContext();
        signInWithPassword(email);
        navigate("account");
        assertThat(currentView()).as("now asked at sign-in").isEqualTo(SecondFactorView.class);
        typeCode(Totp.code(secret, clock.instant().plusSeconds(30)));
        navigate("account");
        TextField off = _get(TextField.class, spec -> spec.withId("second-factor-off-code"));
        off.setValue("12345");
        _click(_get(Button.class, spec -> spec.withId("second-factor-switch-off")));
        assertThat(off.isInvalid()).as("a wrong code does not switch it off").isTrue();
        clock.onDay(LocalDate.now().plusDays(1), () -> {
            off.setValue(Totp.code(secret, clock.instant()));
            _click(_get(Button.class, spec -> spec.withId("second-factor-switch-off")));
            assertThat(_get(Paragraph.class, spec -> spec.withId("second-factor-state")).getText()).startsWith("Inloggen vraagt alleen");
        });
    }
}
