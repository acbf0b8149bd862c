package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.KvkNumber;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.Postcode;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The organisation profile of the signed-in applicant: always their own organisation, never one
 * named by the caller. Also the rule "the organisation's data are complete", which submitting an
 * application needs ({@link #isComplete(long)}, {@link #missingFields(long)}).
 */
@Service
public class OrganisationProfiles {

    /** Digits with spaces, dashes or brackets, optionally starting with + (038 123 4567, +31 38 123 4567). */
    static final Pattern PHONE = Pattern.compile("^[+(]?[0-9][0-9 ()-]{7,24}$");

    /** The fields a complete profile has, with the translation keys of their labels, in the order of the form. */
    private static final List<Field> FIELDS = List.of(
            new Field("organisation.legalName", OrganisationProfile::legalName),
            new Field("organisation.kvkNumber", OrganisationProfile::kvkNumber),
            new Field("organisation.legalForm", OrganisationProfile::legalForm),
            new Field("organisation.street", OrganisationProfile::street),
            new Field("organisation.postcode", OrganisationProfile::postcode),
            new Field("organisation.city", OrganisationProfile::city),
            new Field("organisation.municipality", OrganisationProfile::municipalityCode),
            new Field("organisation.iban", OrganisationProfile::iban),
            new Field("organisation.accountHolder", OrganisationProfile::accountHolder),
            new Field("organisation.phone", OrganisationProfile::phone));

    private record Field(String labelKey, Function<OrganisationProfile, Object> value) {
    }

    private final OrganisationRepository organisations;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Municipalities municipalities;

    OrganisationProfiles(OrganisationRepository organisations, JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser,
                         Clock clock, Municipalities municipalities) {
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The profile of the signed-in applicant's organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public OrganisationProfile myOrganisation() {
        return own().toProfile();
    }

    /**
     * Saves the profile of the signed-in applicant's organisation and returns it as stored (with
     * its new version). Fields may stay empty (the profile is completed step by step), but what is
     * filled in must be right; refused with a message per field: {@code legalName}, {@code kvkNumber}
     * (8 digits, not registered by another organisation), {@code postcode} (1234 AB),
     * {@code municipalityCode}, {@code iban} (mod-97, Dutch format), {@code phone}, and too long texts.
     *
     * @throws ConcurrentEditException when someone saved the profile since {@code profile.version()}
     * @throws NotFoundException       when {@code profile.id()} is not the user's own organisation
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public OrganisationProfile save(OrganisationProfile profile) {
        Organisation organisation = own();
        if (profile.id() != null && !profile.id().equals(organisation.getId())) {
            throw new NotFoundException("Organisation", profile.id());
        }
        List<Problem> problems = new ArrayList<>();
        if (profile.legalName() == null) {
            problems.add(new Problem("legalName", "validation.required"));
        }
        tooLong("legalName", profile.legalName(), 200, problems);
        tooLong("street", profile.street(), 200, problems);
        tooLong("city", profile.city(), 100, problems);
        tooLong("accountHolder", profile.accountHolder(), 200, problems);
        String kvk = null;
        if (profile.kvkNumber() != null) {
            if (!KvkNumber.isValid(profile.kvkNumber())) {
                problems.add(new Problem("kvkNumber", "organisation.validation.kvk"));
            } else {
                kvk = new KvkNumber(profile.kvkNumber()).value();
                if (organisations.existsByKvkNumberAndIdNot(kvk, organisation.getId())) {
                    problems.add(new Problem("kvkNumber", "organisation.validation.kvkTaken"));
                }
            }
        }
        String postcode = null;
        if (profile.postcode() != null) {
            if (Postcode.isValid(profile.postcode())) {
                postcode = new Postcode(profile.postcode()).value();
            } else {
                problems.add(new Problem("postcode", "organisation.validation.postcode"));
            }
        }
        if (profile.municipalityCode() != null && !municipalities.exists(profile.municipalityCode())) {
            problems.add(new Problem("municipalityCode", "organisation.validation.municipality"));
        }
        String iban = null;
        if (profile.iban() != null) {
            if (Iban.isValid(profile.iban())) {
                iban = new Iban(profile.iban()).value();
            } else {
                problems.add(new Problem("iban", "organisation.validation.iban"));
            }
        }
        if (profile.phone() != null && !isPhone(profile.phone())) {
            problems.add(new Problem("phone", "organisation.validation.phone"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (organisation.getVersion() != profile.version()) {
            throw new ConcurrentEditException("Organisation " + organisation.getId());
        }
        OrganisationProfile before = organisation.toProfile();
        organisation.updateProfile(new OrganisationProfile(organisation.getId(), profile.version(), profile.legalName(), kvk,
                profile.legalForm(), profile.street(), postcode, profile.city(), profile.municipalityCode(), iban,
                profile.accountHolder(), profile.phone()));
        organisations.flush();
        audit.record("ORGANISATION_UPDATED", "Organisation", organisation.getId(), auditText(before),
                auditText(organisation.toProfile()), null);
        return organisation.toProfile();
    }

    /** The municipalities in force today, sorted the Dutch way. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Municipality> municipalities() {
        return municipalities.all();
    }

    /**
     * Whether the organisation's profile has everything an application needs (a submission rule).
     * An applicant may ask only about their own organisation; staff about any.
     *
     * @throws NotFoundException for another organisation than the applicant's own, or one that does not exist
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('APPLICANT', 'REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public boolean isComplete(long organisationId) {
        return missingFields(organisationId).isEmpty();
    }

    /**
     * The fields the organisation's profile still misses, as translation keys of their labels in
     * the order of the profile form (e.g. {@code organisation.iban}; show them with
     * {@code getTranslation(key)}); empty when it is complete.
     *
     * @throws NotFoundException for another organisation than the applicant's own, or one that does not exist
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('APPLICANT', 'REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public List<String> missingFields(long organisationId) {
        SignedInUser user = currentUser.require();
        if (user.role() == Role.APPLICANT && user.requireOrganisation() != organisationId) {
            throw new NotFoundException("Organisation", organisationId);
        }
        OrganisationProfile profile = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation", organisationId)).toProfile();
        return FIELDS.stream().filter(field -> field.value().apply(profile) == null).map(Field::labelKey).toList();
    }

    static boolean isPhone(String phone) {
        if (phone == null || !PHONE.matcher(phone).matches()) {
            return false;
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        return digits >= 9 && digits <= 15;
    }

    private Organisation own() {
        long id = currentUser.require().requireOrganisation();
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    private static void tooLong(String field, String text, int max, List<Problem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
    }

    private static String auditText(OrganisationProfile p) {
        return String.join("; ", "legalName=" + p.legalName(), "kvk=" + p.kvkNumber(), "legalForm=" + p.legalForm(),
                "address=" + p.street() + ", " + p.postcode() + " " + p.city(), "municipality=" + p.municipalityCode(),
                "iban=" + p.iban(), "accountHolder=" + p.accountHolder(), "phone=" + p.phone());
    }
}
