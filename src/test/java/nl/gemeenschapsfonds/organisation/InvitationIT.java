package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.EmailNotConfirmedException;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestApplicants;
import nl.gemeenschapsfonds.test.TestApplicants.Applicant;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A member invites a colleague by mail; the colleague accepts through the link and joins the same organisation. */
@IntegrationTest
class InvitationIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final Locale ENGLISH = Locale.of("en", "GB");
    private static final String PASSWORD = "thee-in-het-dorpshuis";

    @Autowired
    OrganisationMembers members;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestApplicants applicants;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmailTokens tokens;

    @Autowired
    EmailConfirmations confirmations;

    private Applicant inviter;
    private String colleague;

    @BeforeEach
    void organisation() {
        inviter = applicants.complete("Stichting Uitnodiging");
        colleague = "collega-" + UUID.randomUUID().toString().substring(0, 8) + "@vereniging.test";
    }

    private String invite(Locale locale) throws Exception {
        authorities.as(inviter.email(), () -> members.invite(colleague, locale));
        return MailBox.mailTo(greenMail, colleague).token("invite");
    }

    @Test
    void an_invited_colleague_accepts_and_becomes_a_confirmed_applicant_of_the_same_organisation() throws Exception {
        authorities.as(inviter.email(), () -> members.invite(colleague.toUpperCase(Locale.ROOT), DUTCH));
        MailBox.Received mail = MailBox.mailTo(greenMail, colleague);
        assertThat(mail.subject()).isEqualTo("Aanvrager %s nodigt u uit voor %s bij het Gemeenschapsfonds"
                .formatted(inviter.email().substring(10, 18), inviter.organisationName()));
        assertThat(mail.text()).contains("7 dagen geldig");
        String token = mail.token("invite");

        InvitationDetails details = members.invitation(token);
        assertThat(details.email()).isEqualTo(colleague);
        assertThat(details.organisationName()).isEqualTo(inviter.organisationName());

        members.accept(token, new InvitationAcceptance("Karin Smit", PASSWORD, PASSWORD, ENGLISH));

        AppUser joined = accounts.findByEmail(colleague).orElseThrow();
        assertThat(joined.getRole()).isEqualTo(Role.APPLICANT);
        assertThat(joined.getOrganisationId()).isEqualTo(inviter.organisationId());
        assertThat(joined.isEmailConfirmed()).as("accepting the mailed link proves the address").isTrue();
        assertThat(joined.getPreferredLocale().getLanguage()).isEqualTo("en");
        List<Member> list = authorities.as(inviter.email(), () -> members.members());
        assertThat(list).extracting(Member::email).containsExactlyInAnyOrder(inviter.email(), colleague);
        assertThat(authorities.as(colleague, () -> members.members())).filteredOn(Member::you)
                .extracting(Member::displayName).containsExactly("Karin Smit");
    }

    @Test
    void the_invitation_mail_is_in_the_language_the_inviter_chose() throws Exception {
        authorities.as(inviter.email(), () -> members.invite(colleague, ENGLISH));
        MailBox.Received mail = MailBox.mailTo(greenMail, colleague);
        assertThat(mail.subject()).endsWith("invites you to " + inviter.organisationName() + " at the Gemeenschapsfonds");
        assertThat(mail.text()).startsWith("Dear colleague,").contains("valid for 7 days");
    }

    @Test
    void an_invitation_works_only_once() throws Exception {
        String token = invite(DUTCH);
        members.accept(token, new InvitationAcceptance("Karin Smit", PASSWORD, PASSWORD, DUTCH));

        assertThatThrownBy(() -> members.accept(token, new InvitationAcceptance("Iemand Anders", PASSWORD, PASSWORD, DUTCH)))
                .isInstanceOfSatisfying(TokenRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(TokenRefusedException.Reason.USED));
        assertThatThrownBy(() -> members.invitation(token)).isInstanceOf(TokenRefusedException.class);
        assertThat(accounts.findByEmail(colleague).orElseThrow().getDisplayName()).isEqualTo("Karin Smit");
    }

    @Test
    void an_expired_invitation_is_refused() throws Exception {
        String token = invite(DUTCH);
        jdbc.sql("update email_token set created_at = now() - interval '8 days', expires_at = now() - interval '1 day' where token_hash = ?")
                .param(EmailTokens.hash(token)).update();

        assertThatThrownBy(() -> members.accept(token, new InvitationAcceptance("Karin Smit", PASSWORD, PASSWORD, DUTCH)))
                .isInstanceOfSatisfying(TokenRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(TokenRefusedException.Reason.EXPIRED));
        assertThat(accounts.exists(colleague)).isFalse();
        assertThat(authorities.as(inviter.email(), () -> members.openInvitations())).isEmpty();
    }

    @Test
    void a_confirmation_link_is_no_invitation_and_the_other_way_round() throws Exception {
        String invitation = invite(DUTCH);
        long userId = accounts.findByEmail(inviter.email()).orElseThrow().getId();
        String confirmation = tokens.issueConfirmation(userId, inviter.email(), DUTCH);

        assertThatThrownBy(() -> members.invitation(confirmation)).isInstanceOfSatisfying(TokenRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(TokenRefusedException.Reason.UNKNOWN));
        assertThatThrownBy(() -> confirmations.confirm(invitation)).isInstanceOfSatisfying(TokenRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(TokenRefusedException.Reason.UNKNOWN));
        assertThatThrownBy(() -> members.invitation(invitation.substring(1) + "A"))
                .isInstanceOfSatisfying(TokenRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(TokenRefusedException.Reason.UNKNOWN));
    }

    @Test
    void an_open_invitation_is_listed_until_it_is_accepted() throws Exception {
        String token = invite(DUTCH);
        assertThat(authorities.as(inviter.email(), () -> members.openInvitations()))
                .extracting(OpenInvitation::email).containsExactly(colleague);
        members.accept(token, new InvitationAcceptance("Karin Smit", PASSWORD, PASSWORD, DUTCH));
        assertThat(authorities.as(inviter.email(), () -> members.openInvitations())).isEmpty();
    }

    @Test
    void the_invitee_chooses_a_password_by_the_same_rules_as_at_registration() throws Exception {
        String token = invite(DUTCH);
        assertThatThrownBy(() -> members.accept(token, new InvitationAcceptance("", colleague, "iets anders", DUTCH)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field, Problem::messageKey).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("displayName", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("password", "password.sameAsEmail"),
                                org.assertj.core.groups.Tuple.tuple("passwordRepeat", "password.mismatch")));
        assertThat(accounts.exists(colleague)).isFalse();
        assertThat(members.invitation(token).email()).as("a refused attempt leaves the invitation usable").isEqualTo(colleague);
    }

    @Test
    void a_member_who_has_not_confirmed_their_address_cannot_invite() throws Exception {
        Applicant unconfirmed = applicants.registered("Vereniging Onbevestigd", false);
        assertThatThrownBy(() -> authorities.as(unconfirmed.email(), () -> members.invite(colleague, DUTCH)))
                .isInstanceOf(EmailNotConfirmedException.class);
        assertThat(MailBox.mailsTo(greenMail, colleague)).isZero();
    }

    @Test
    void inviting_a_member_of_the_own_organisation_is_refused_at_the_field() {
        assertThatThrownBy(() -> authorities.as(inviter.email(), () -> members.invite(inviter.email(), DUTCH)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "invite.validation.alreadyMember")));
        assertThatThrownBy(() -> authorities.as(inviter.email(), () -> members.invite("geen adres", DUTCH)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void inviting_an_address_with_an_account_elsewhere_only_tells_its_owner() throws Exception {
        authorities.as(inviter.email(), () -> members.invite(DemoUsers.APPLICANT_WELSUM, DUTCH));

        MailBox.Received mail = MailBox.mailTo(greenMail, DemoUsers.APPLICANT_WELSUM);
        assertThat(mail.text()).contains("al een account").doesNotContain("invite?token");
        assertThat(accounts.findByEmail(DemoUsers.APPLICANT_WELSUM).orElseThrow().getOrganisationId())
                .isNotEqualTo(inviter.organisationId());
        assertThat(authorities.as(inviter.email(), () -> members.openInvitations())).isEmpty();
    }

    @Test
    void the_member_list_shows_only_the_own_organisation() throws Exception {
        List<Member> linde = authorities.as(DemoUsers.APPLICANT, () -> members.members());
        assertThat(linde).extracting(Member::email).contains(DemoUsers.APPLICANT).doesNotContain(DemoUsers.APPLICANT_WELSUM);
        List<Member> welsum = authorities.as(DemoUsers.APPLICANT_WELSUM, () -> members.members());
        assertThat(welsum).extracting(Member::email).contains(DemoUsers.APPLICANT_WELSUM).doesNotContain(DemoUsers.APPLICANT);
    }
}
