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
 * A co-financier (company, foundation, province, municipality, other) whose users pledge. Its users may
 * sign in and pledge only while it is active; a funder that registered itself is not active until an
 * administrator activates it (docs/adr/0011-funders-missing-amounts-conditional-grants.md).
 */
@Entity
@Table(name = "funder")
class Funder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;

    @Enumerated(EnumType.STRING)
    private FunderKind kind;
    private boolean active;
    private String kvkNumber;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String street;
    private String postcode;
    private String city;
    private String publicDescription;

    @Enumerated(EnumType.STRING)
    private FunderRegistration registration;
    private String rejectionReason;
    private Instant registeredAt;
    private Instant decidedAt;
    private Instant updatedAt;

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected Funder() {
    }

    /** A funder an administrator creates: active unless they say otherwise. */
    static Funder created(FunderData data, Instant now) {
        Funder funder = new Funder();
        funder.registration = FunderRegistration.ACTIVE;
        funder.decidedAt = now;
        funder.take(data, now);
        funder.active = data.active();
        return funder;
    }

    /** A funder that registers itself: pending, not active, until an administrator decides. */
    static Funder registered(String name, FunderKind kind, String contactName, String contactEmail, Instant now) {
        Funder funder = new Funder();
        funder.name = name;
        funder.kind = kind;
        funder.contactName = contactName;
        funder.contactEmail = contactEmail;
        funder.registration = FunderRegistration.PENDING;
        funder.active = false;
        funder.registeredAt = now;
        funder.updatedAt = now;
        return funder;
    }

    /** The administrator's changes; the active switch only once the registration is accepted. */
    void update(FunderData data, Instant now) {
        take(data, now);
        if (registration == FunderRegistration.ACTIVE) {
            active = data.active();
        }
    }

    private void take(FunderData data, Instant now) {
        this.name = data.name();
        this.kind = data.kind();
        this.kvkNumber = data.kvkNumber();
        this.contactName = data.contactName();
        this.contactEmail = data.contactEmail();
        this.contactPhone = data.contactPhone();
        this.updatedAt = now;
    }

    /** The funder's own users' changes (issue 22): contact, address, public description; never name or kind. */
    void changeOwnDetails(FunderDetails details, Instant now) {
        this.contactName = details.contactName();
        this.contactEmail = details.contactEmail();
        this.contactPhone = details.contactPhone();
        this.street = details.street();
        this.postcode = details.postcode();
        this.city = details.city();
        this.publicDescription = details.publicDescription();
        this.updatedAt = now;
    }

    FunderDetails toDetails() {
        return new FunderDetails(version, name, contactName, contactEmail, contactPhone, street, postcode, city,
                publicDescription);
    }

    /** The own details as the audit trail shows them before and after a change. */
    String detailsState() {
        return "contact=" + contactName + " <" + contactEmail + ">" + (contactPhone == null ? "" : " " + contactPhone)
                + ", address=" + (street == null ? "" : street) + ", " + (postcode == null ? "" : postcode) + " "
                + (city == null ? "" : city) + ", description=" + (publicDescription == null ? "" : publicDescription);
    }

    void activate(Instant now) {
        requirePending("activate");
        registration = FunderRegistration.ACTIVE;
        active = true;
        decidedAt = now;
        updatedAt = now;
    }

    void reject(String reason, Instant now) {
        requirePending("reject");
        registration = FunderRegistration.REJECTED;
        active = false;
        rejectionReason = reason;
        decidedAt = now;
        updatedAt = now;
    }

    private void requirePending(String action) {
        if (registration != FunderRegistration.PENDING) {
            throw new IllegalStateException("Cannot " + action + " a funder that is " + registration);
        }
    }

    FunderData toData() {
        return new FunderData(id, version, name, kind, kvkNumber, contactName, contactEmail, contactPhone, active,
                registration, rejectionReason);
    }

    String state() {
        return "name=" + name + ", kind=" + kind + ", active=" + active + ", registration=" + registration
                + (kvkNumber == null ? "" : ", kvk=" + kvkNumber) + (contactEmail == null ? "" : ", contact=" + contactEmail);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    boolean isActive() {
        return active;
    }

    FunderRegistration getRegistration() {
        return registration;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    long getVersion() {
        return version;
    }

    FunderKind getKind() {
        return kind;
    }

    String getContactName() {
        return contactName;
    }

    String getContactEmail() {
        return contactEmail;
    }
}
