package nl.gemeenschapsfonds.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An application (aanvraag) of one organisation to one call. */
@Entity
@Table(name = "grant_application")
public class GrantApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private Long organisationId;
    private Long callId;
    private String title;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;
    private BigDecimal amountRequested;
    private Instant submittedAt;
    private LocalDate decisionDue;

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    private Instant updatedAt;

    protected GrantApplication() {
    }

    public GrantApplication(long organisationId, long callId, String title, Instant now) {
        this.organisationId = organisationId;
        this.callId = callId;
        this.title = title;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getCallId() {
        return callId;
    }

    public String getTitle() {
        return title;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public BigDecimal getAmountRequested() {
        return amountRequested;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public long getVersion() {
        return version;
    }
}
