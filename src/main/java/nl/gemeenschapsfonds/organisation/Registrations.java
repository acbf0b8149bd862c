package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.BrokerRegistrations;
import nl.gemeenschapsfonds.security.Throttle;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Self-registration of an applicant organisation (docs/adr/0005-registration.md). Registration creates the
 * organisation and its first user in one step and mails the link to confirm the address
 * ({@link EmailConfirmations}); the user can sign in at once, and needs the confirmed address to submit.
 */
@Service
public class Registrations {

    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    private final OrganisationRepository organisations;
    private final UserAccounts accounts;
    private final EmailConfirmations confirmations;
    private final AuditTrail audit;
    private final NewAccounts newAccounts;
    private final BrokerRegistrations broker;
    private final Throttle throttle;

    Registrations(OrganisationRepository organisations, UserAccounts accounts, EmailConfirmations confirmations,
                  AuditTrail audit, NewAccounts newAccounts, BrokerRegistrations broker, Throttle throttle) {
        this.throttle = throttle;
        this.organisations = organisations;
        this.accounts = accounts;
        this.confirmations = confirmations;
        this.audit = audit;
        this.newAccounts = newAccounts;
        this.broker = broker;
    }

    /**
     * When this browser came from a broker sign-in without an account (eHerkenning for an organisation that has not
     * registered yet, or an unlinked DigiD): what the broker vouched for (the KvK number, filled in and locked on the
     * registration page; e-mail and name to start with).
     */
    @PreAuthorize("permitAll()")
    public Optional<BrokerRegistrations.Pending> fromBroker() {
        return broker.pending();
    }

    /**
     * Registers an organisation with its first user and mails a confirmation link (valid 48 hours).
     * Refused with a message per field ({@code email}, {@code displayName}, {@code legalName},
     * {@code password}, {@code passwordRepeat}) when something is missing or the password breaks
     * the rules. When the address has an account already, nothing is created and the owner gets a
     * mail saying so; the caller cannot tell the difference, so the page cannot leak it.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void register(RegistrationData data) {
        List<Problem> problems = new ArrayList<>();
        AccountInput.email("email", data.email(), problems);
        AccountInput.text("displayName", data.displayName(), 200, problems);
        AccountInput.text("legalName", data.legalName(), 200, problems);
        AccountInput.password(data.password(), data.passwordRepeat(), data.email(), problems);
        // the KvK number of an eHerkenning sign-in comes from the session, never from the form (issue 14)
        Optional<BrokerRegistrations.Pending> brokerSignIn = broker.pending();
        if (brokerSignIn.filter(BrokerRegistrations.Pending::isEherkenning)
                .flatMap(pending -> organisations.findByKvkNumber(pending.kvkNumber())).isPresent()) {
            problems.add(new Problem("kvk", "registration.eherkenning.kvkTaken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String email = data.email().toLowerCase(Locale.ROOT);
        throttle.count("registration", email, "email");
        if (newAccounts.toldAlreadyRegistered(email, data.password())) {
            log.info("Registration for an address that has an account already; the owner is told by mail");
            return;
        }
        Organisation registering = new Organisation(data.legalName());
        brokerSignIn.filter(BrokerRegistrations.Pending::isEherkenning)
                .ifPresent(pending -> registering.takeKvkFromEherkenning(pending.kvkNumber()));
        Organisation organisation = organisations.saveAndFlush(registering);
        AppUser user = accounts.createApplicant(email, data.displayName(), data.password(), organisation.getId(),
                data.locale(), false);
        if (brokerSignIn.isPresent()) {
            broker.linkRegisteredAccount(user.getId());
        }
        audit.record("ORGANISATION_REGISTERED", "Organisation", organisation.getId(), null,
                data.legalName() + " by " + email, null);
        confirmations.send(user.getId(), email, data.displayName(), data.locale());
    }
}
