package nl.gemeenschapsfonds.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.gemeenschapsfonds.fund.FacilityType;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted application as another module's list query filters, sorts and keyset-pages it in one statement
 * (review's work queue and deadline reminders): the application's list columns with its authority, its call's titles
 * and its organisation's legal name. It maps the database view {@code work_queue_row} (V70, V78), submission's published
 * read model (docs/adr/0023-module-ownership.md, rule 3): a batch read by ids cannot filter or page, and a Java call
 * per row would cost a statement per row. Drafts are not in it. Read-only; JPQL only
 * ({@code from nl.gemeenschapsfonds.submission.WorkQueueRow a where a.authorityId = :authority}).
 */
@Entity
@Immutable
@Table(name = "work_queue_row")
public class WorkQueueRow {

    @Id
    private Long id;
    private Long authorityId;
    private Long fundId;
    private Long callId;
    private String callTitleNl;
    private String callTitleEn;
    private Long organisationId;
    private String organisationName;
    private String reference;
    private String title;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private BigDecimal amountRequested;
    private Instant submittedAt;
    private LocalDate decisionDue;
    private String assignedReviewer;
    @Enumerated(EnumType.STRING)
    private FacilityType facilityType;
    private String facilityMunicipalityCode;

    protected WorkQueueRow() {
    }

    public long getId() {
        return id;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public long getCallId() {
        return callId;
    }

    public String getReference() {
        return reference;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }
}
