package nl.gemeenschapsfonds.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An applicant organisation. Registration creates it with its legal name only; its profile (KvK,
 * legal form, address, municipality, IBAN, phone) is completed in the applicant portal, and must
 * be complete before an application can be submitted ({@link OrganisationProfiles#isComplete(long)}).
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String legalName;
    private String kvkNumber;
    @Enumerated(EnumType.STRING)
    private LegalForm legalForm;
    private String street;
    private String postcode;
    private String city;
    private String municipalityCode;
    private String iban;
    private String accountHolder;
    private String phone;

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String legalName) {
        this.legalName = legalName;
    }

    /** Sets the whole profile; the service has checked and normalised every value. */
    void updateProfile(OrganisationProfile profile) {
        this.legalName = profile.legalName();
        this.kvkNumber = profile.kvkNumber();
        this.legalForm = profile.legalForm();
        this.street = profile.street();
        this.postcode = profile.postcode();
        this.city = profile.city();
        this.municipalityCode = profile.municipalityCode();
        this.iban = profile.iban();
        this.accountHolder = profile.accountHolder();
        this.phone = profile.phone();
    }

    OrganisationProfile toProfile() {
        return new OrganisationProfile(id, version, legalName, kvkNumber, legalForm, street, postcode, city,
                municipalityCode, iban, accountHolder, phone);
    }

    /** A new organisation registered after an eHerkenning sign-in: the broker vouched for its KvK number. */
    void takeKvkFromEherkenning(String kvk) {
        if (id != null || kvk == null || !kvk.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("Only a new organisation takes an eHerkenning KvK number: " + kvk);
        }
        this.kvkNumber = kvk;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getKvkNumber() {
        return kvkNumber;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getIban() {
        return iban;
    }
}
