package nl.gemeenschapsfonds.organisation;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.audit.AuditEntry;
import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.cofinancing.FunderNotActiveException;
import nl.gemeenschapsfonds.cofinancing.MarketplaceFilter;
import nl.gemeenschapsfonds.cofinancing.PledgeForm;
import nl.gemeenschapsfonds.cofinancing.PledgeKind;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.security.AppUser;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Funders as parties with accounts: a funder registers itself and can neither sign in nor pledge until an
 * administrator activates it (or rejects it, with a reason); administrators of any authority create and edit
 * funders and invite their users; other roles cannot; every step is audited and mailed.
 */
@IntegrationTest
class FundersIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    private static final String PASSWORD = "Een-lang-wachtwoord-2027";
    private static final Locale DUTCH = Locale.of("nl", "NL");

    @Autowired
    Funders funders;

    @Autowired
    EmailConfirmations confirmations;

    @Autowired
    PledgeService pledges;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    private Staff staff;
    private String key;
    private long seeking;

    @BeforeEach
    void aProjectAndAnAdministrator() throws Exception {
        staff = authorities.newAuthority("Gemeente Financiers");
        key = UUID.randomUUID().toString().substring(0, 8);
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        seeking = applications.submittedSeekingCoFinancing(authorities.newApplicant("Vereniging Fin"), call,
                Map.of(2027, amount("40000")), amount("16000"));
    }

    private String register(String email) {
        funders.register(new FunderRegistrationData("Fonds " + key, FunderKind.FOUNDATION, "Petra Hendriks", email, PASSWORD,
                PASSWORD, DUTCH));
        return email;
    }

    private PendingFunder pendingNamed(String name) throws Exception {
        return authorities.as(staff.admin(), () -> funders.pending()).stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow();
    }

    private List<AuditEntry> history(long funderId) throws Exception {
        return authorities.as(staff.admin(), () -> audit.history("Funder", funderId));
    }

    private List<String> actions(long funderId) throws Exception {
        return history(funderId).stream().map(AuditEntry::getAction).toList();
    }

    @Test
    void a_registered_funder_cannot_sign_in_nor_pledge_until_an_administrator_activates_it() throws Exception {
        String email = register("contact-" + key + "@fonds.test");
        MailBox.Received confirmation = MailBox.mailTo(greenMail, email);
        assertThat(confirmation.text()).contains("Fonds " + key).contains("beheerder");
        AppUser user = accounts.findByEmail(email).orElseThrow();
        assertThat(user.getRole()).isEqualTo(Role.FUNDER);
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).as("sign-in refused while pending").isFalse();
        // even with a session (signed in some other way), the service refuses: not only hidden
        assertThatThrownBy(() -> authorities.as(email, () -> pledges.marketplace(MarketplaceFilter.none(), 0, 10)))
                .isInstanceOf(FunderNotActiveException.class);
        assertThatThrownBy(() -> authorities.as(email, () -> pledges.pledge(new PledgeForm(seeking, 2027, amount("1000"),
                PledgeKind.CASH, null, null)))).isInstanceOf(FunderNotActiveException.class);

        PendingFunder pending = pendingNamed("Fonds " + key);
        assertThat(pending.emailConfirmed()).isFalse();
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> funders.activate(pending.id(), pending.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("funders.validation.emailNotConfirmed"));

        confirmations.confirm(confirmation.token("confirm"));
        PendingFunder confirmed = pendingNamed("Fonds " + key);
        assertThat(confirmed.emailConfirmed()).isTrue();
        authorities.as(staff.admin(), () -> funders.activate(confirmed.id(), confirmed.version()));

        assertThat(Mails.await(greenMail, email, 2)).extracting(Mails.Received::subject).contains("Uw organisatie is geactiveerd");
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isTrue();
        assertThat(authorities.as(staff.admin(), () -> funders.pending())).extracting(PendingFunder::id).doesNotContain(confirmed.id());
        long pledge = authorities.as(email, () -> pledges.pledge(new PledgeForm(seeking, 2027, amount("1000"), PledgeKind.CASH,
                null, null)));
        assertThat(pledge).isPositive();
        assertThat(actions(confirmed.id())).containsExactly("FUNDER_REGISTERED", "FUNDER_ACTIVATED");
        assertThat(history(confirmed.id()).getLast().getActor()).isEqualTo(staff.admin());
    }

    @Test
    void a_rejected_registration_needs_a_reason_which_is_mailed_and_the_funder_stays_out() throws Exception {
        String email = register("afgewezen-" + key + "@fonds.test");
        PendingFunder pending = pendingNamed("Fonds " + key);
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> funders.reject(pending.id(), pending.version(), " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("reason"));
        authorities.as(staff.admin(), () -> funders.reject(pending.id(), pending.version(), "Geen bekende financier"));

        assertThat(Mails.await(greenMail, email, 2)).anySatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Uw aanmelding als financier is afgewezen");
            assertThat(mail.body()).contains("Geen bekende financier");
        });
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> funders.activate(pending.id(), pending.version() + 1)))
                .as("a rejected funder cannot be activated any more")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("funders.validation.notPending"));
        assertThat(actions(pending.id())).containsExactly("FUNDER_REGISTERED", "FUNDER_REJECTED");
        assertThat(history(pending.id()).getLast().getReason()).isEqualTo("Geen bekende financier");

        // the name is free again: the organisation may register anew, and waits for an administrator as before
        register("opnieuw-" + key + "@fonds.test");
        PendingFunder again = pendingNamed("Fonds " + key);
        assertThat(again.id()).isNotEqualTo(pending.id());
        assertThatThrownBy(() -> register("derde-" + key + "@fonds.test")).as("but not twice at the same time")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(tuple("name", "funders.validation.nameTaken")));
    }

    @Test
    void registration_is_refused_at_its_fields_and_an_address_with_an_account_creates_nothing() throws Exception {
        assertThatThrownBy(() -> funders.register(new FunderRegistrationData("", null, "", "geen-adres", "kort", "anders", DUTCH)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("name", "kind", "contactName", "email", "password", "passwordRepeat"));
        String existing = authorities.newApplicant("Vereniging Bestaand");
        register(existing);
        assertThat(authorities.as(staff.admin(), () -> funders.pending())).extracting(PendingFunder::name)
                .doesNotContain("Fonds " + key);
        assertThat(accounts.findByEmail(existing).orElseThrow().getRole()).isEqualTo(Role.APPLICANT);
    }

    @Test
    void an_administrator_of_any_authority_creates_and_edits_funders_with_messages_per_field() throws Exception {
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> funders.save(new FunderData(null, 0, " ", null, "123",
                null, "geen-adres", "x", true, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("name", "kind", "kvkNumber", "contactEmail", "contactPhone"));
        long id = authorities.as(staff.admin(), () -> funders.save(new FunderData(null, 0, "Bank " + key, FunderKind.COMPANY,
                "1234 5678", "Jan Bank", "Jan@Bank.test", "038 123 4567", true, null, null)));
        FunderData saved = authorities.as(staff.admin(), () -> funders.funder(id));
        assertThat(saved.kvkNumber()).isEqualTo("12345678");
        assertThat(saved.contactEmail()).isEqualTo("jan@bank.test");
        assertThat(saved.registration()).isEqualTo(FunderRegistration.ACTIVE);

        // an administrator of another authority manages the same funders: they belong to the installation
        Staff other = authorities.newAuthority("Provincie Elders");
        assertThat(authorities.as(other.admin(), () -> funders.all())).extracting(FunderListItem::id).contains(id);
        authorities.as(other.admin(), () -> funders.save(new FunderData(id, saved.version(), "Bank " + key, FunderKind.COMPANY,
                "12345678", "Jan Bank", "jan@bank.test", null, false, null, null)));
        assertThat(authorities.as(staff.admin(), () -> funders.funder(id)).active()).isFalse();
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> funders.save(new FunderData(id, saved.version(),
                "Bank " + key, FunderKind.COMPANY, null, null, null, null, true, null, null))))
                .as("a stale version").isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> funders.save(new FunderData(null, 0, "BANK " + key,
                FunderKind.OTHER, "12345678", null, null, null, true, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder(tuple("name", "funders.validation.nameTaken"),
                                tuple("kvkNumber", "funders.validation.kvkTaken")));
        assertThat(history(id)).extracting(AuditEntry::getAction, AuditEntry::getActor)
                .containsExactly(tuple("FUNDER_CREATED", staff.admin()), tuple("FUNDER_UPDATED", other.admin()));
    }

    @Test
    void a_funder_switched_off_by_an_administrator_can_no_longer_pledge() throws Exception {
        long id = authorities.as(staff.admin(), () -> funders.save(new FunderData(null, 0, "Uit " + key, FunderKind.COMPANY,
                null, null, null, null, true, null, null)));
        String user = "gebruiker-" + key + "@uit.test";
        accounts.create(user, "Gebruiker", PASSWORD, Role.FUNDER, null, null, id);
        assertThat(authorities.as(user, () -> pledges.marketplace(MarketplaceFilter.none(), 0, 10))).isNotNull();
        FunderData data = authorities.as(staff.admin(), () -> funders.funder(id));
        authorities.as(staff.admin(), () -> funders.save(new FunderData(id, data.version(), data.name(), data.kind(), null, null,
                null, null, false, null, null)));
        assertThat(userDetails.loadUserByUsername(user).isEnabled()).isFalse();
        assertThatThrownBy(() -> authorities.as(user, () -> pledges.pledge(new PledgeForm(seeking, 2027, amount("1000"),
                PledgeKind.CASH, null, null)))).isInstanceOf(FunderNotActiveException.class);
    }

    @Test
    void only_administrators_manage_funders_and_a_funder_user_reaches_no_funder_through_them() throws Exception {
        long id = authorities.as(staff.admin(), () -> funders.save(new FunderData(null, 0, "Ander " + key, FunderKind.COMPANY,
                null, null, null, null, true, null, null)));
        long own = authorities.as(staff.admin(), () -> funders.save(new FunderData(null, 0, "Eigen " + key, FunderKind.COMPANY,
                null, null, null, null, true, null, null)));
        String funderUser = "lid-" + key + "@eigen.test";
        accounts.create(funderUser, "Lid", PASSWORD, Role.FUNDER, null, null, own);
        for (String who : List.of(staff.reviewer(), staff.decisionMaker(), staff.finance(), funderUser,
                authorities.newApplicant("Vereniging Nieuwsgierig"))) {
            assertThatThrownBy(() -> authorities.as(who, () -> funders.all())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> authorities.as(who, () -> funders.funder(id))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> authorities.as(who, () -> funders.save(new FunderData(id, 0, "Overgenomen", FunderKind.OTHER,
                    null, null, null, null, true, null, null)))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> authorities.as(who, () -> funders.invite(id, "indringer@test.example", DUTCH)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(authorities.as(staff.admin(), () -> funders.funder(id)).name()).isEqualTo("Ander " + key);
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> funders.funder(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_invited_user_accepts_and_becomes_a_confirmed_user_of_that_funder() throws Exception {
        long id = authorities.as(staff.admin(), () -> funders.save(new FunderData(null, 0, "Uitnodiging " + key,
                FunderKind.PROVINCE, null, null, null, null, true, null, null)));
        String invitee = "nieuw-" + key + "@provincie.test";
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> funders.invite(id, "geen adres", DUTCH)))
                .isInstanceOf(InvalidInputException.class);
        authorities.as(staff.admin(), () -> funders.invite(id, invitee, DUTCH));
        assertThat(authorities.as(staff.admin(), () -> funders.openInvitations(id))).extracting(OpenInvitation::email)
                .containsExactly(invitee);
        String token = MailBox.mailTo(greenMail, invitee).token("funder/invite");
        assertThat(funders.invitation(token).organisationName()).isEqualTo("Uitnodiging " + key);
        funders.accept(token, new InvitationAcceptance("Nina Nieuw", PASSWORD, PASSWORD, DUTCH));

        AppUser joined = accounts.findByEmail(invitee).orElseThrow();
        assertThat(joined.getRole()).isEqualTo(Role.FUNDER);
        assertThat(joined.getFunderId()).isEqualTo(id);
        assertThat(joined.isEmailConfirmed()).isTrue();
        assertThatThrownBy(() -> funders.accept(token, new InvitationAcceptance("Nog eens", PASSWORD, PASSWORD, DUTCH)))
                .isInstanceOf(TokenRefusedException.class);
        assertThat(authorities.as(staff.admin(), () -> funders.users(id))).extracting(u -> u.email()).containsExactly(invitee);
        assertThat(actions(id)).containsExactly("FUNDER_CREATED", "FUNDER_USER_INVITED", "FUNDER_INVITATION_ACCEPTED");
    }

    @Test
    void a_funder_user_sees_the_own_funder_and_its_users_and_invites_colleagues_there_only() throws Exception {
        long own = authorities.as(staff.admin(), () -> funders.save(new FunderData(null, 0, "Eigen " + key, FunderKind.FOUNDATION,
                null, "Els Eigen", "els@eigen.test", null, true, null, null)));
        long other = authorities.as(staff.admin(), () -> funders.save(new FunderData(null, 0, "Ander " + key, FunderKind.COMPANY,
                null, null, null, null, true, null, null)));
        String me = "ik-" + key + "@eigen.test";
        accounts.create(me, "Ik Zelf", PASSWORD, Role.FUNDER, null, null, own);
        String theirs = "zij-" + key + "@ander.test";
        accounts.create(theirs, "Zij", PASSWORD, Role.FUNDER, null, null, other);

        assertThat(authorities.as(me, () -> funders.myFunder()).name()).isEqualTo("Eigen " + key);
        assertThat(authorities.as(me, () -> funders.myColleagues())).extracting(Member::email, Member::you)
                .containsExactly(tuple(me, true));
        String colleague = "collega-" + key + "@eigen.test";
        authorities.as(me, () -> funders.inviteColleague(colleague, DUTCH));
        assertThat(authorities.as(me, () -> funders.myOpenInvitations())).extracting(OpenInvitation::email).containsExactly(colleague);
        assertThat(authorities.as(theirs, () -> funders.myOpenInvitations())).isEmpty();
        assertThat(history(own)).extracting(AuditEntry::getAction, AuditEntry::getActor).contains(tuple("FUNDER_USER_INVITED", me));

        String token = MailBox.mailTo(greenMail, colleague).token("funder/invite");
        funders.accept(token, new InvitationAcceptance("Collega", PASSWORD, PASSWORD, DUTCH));
        assertThat(accounts.findByEmail(colleague).orElseThrow().getFunderId()).isEqualTo(own);
        assertThat(authorities.as(me, () -> funders.myColleagues())).extracting(Member::email).containsExactlyInAnyOrder(me, colleague);
        assertThat(authorities.as(theirs, () -> funders.myColleagues())).extracting(Member::email).containsExactly(theirs);
        assertThatThrownBy(() -> authorities.as(me, () -> funders.inviteColleague(colleague, DUTCH)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(tuple("email", "invite.validation.alreadyMember")));

        for (String who : List.of(staff.admin(), staff.reviewer(), authorities.newApplicant("Vereniging Nieuwsgierig"))) {
            assertThatThrownBy(() -> authorities.as(who, () -> funders.myFunder())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> authorities.as(who, () -> funders.inviteColleague("iemand@test.example", DUTCH)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }

        // switched off: no more invitations, said at the field
        FunderData data = authorities.as(staff.admin(), () -> funders.funder(own));
        authorities.as(staff.admin(), () -> funders.save(new FunderData(own, data.version(), data.name(), data.kind(), null,
                data.contactName(), data.contactEmail(), null, false, null, null)));
        assertThatThrownBy(() -> authorities.as(me, () -> funders.inviteColleague("nog-een-" + key + "@eigen.test", DUTCH)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(tuple("email", "funders.validation.inactiveInvite")));
    }
}
