package nl.gemeenschapsfonds.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An applicant organisation. Its profile (KvK, IBAN, address) is completed in the applicant portal. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String legalName;
    private String kvkNumber;
    private String legalForm;
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

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getKvkNumber() {
        return kvkNumber;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getIban() {
        return iban;
    }
}
