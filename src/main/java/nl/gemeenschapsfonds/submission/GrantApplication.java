package nl.gemeenschapsfonds.submission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.gemeenschapsfonds.base.Postcode;
import nl.gemeenschapsfonds.fund.FacilityType;
import org.springframework.data.domain.AbstractAggregateRoot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An application (aanvraag) of one organisation to one call. The workflow lives here: each
 * transition checks the state, throws {@link IllegalTransitionException} on an illegal one, and
 * registers a domain event.
 */
@Entity
@Table(name = "grant_application")
public class GrantApplication extends AbstractAggregateRoot<GrantApplication> {

    /** States in which the applicant may still change the content. */
    static final Set<ApplicationStatus> EDITABLE = EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.SUPPLEMENT_REQUESTED);

    /** States from which the applicant may withdraw: submitted, and no decision taken yet. */
    static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION);

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
    private String submittedBy;
    private LocalDate decisionDue;
    private Instant withdrawnAt;
    private String assignedReviewer;

    @Enumerated(EnumType.STRING)
    private FacilityType facilityType;
    private String facilityName;
    private String facilityStreet;
    private String facilityPostcode;
    private String facilityCity;
    private String facilityMunicipalityCode;
    @Enumerated(EnumType.STRING)
    private KindOfWork kindOfWork;

    private String description;
    private String targetGroups;
    private Integer expectedVisitorsPerWeek;
    private String activities;
    private String partners;
    private String intervention;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean seekingCofinancing;
    private String applicantLocale = "nl";

    @ElementCollection
    @CollectionTable(name = "cost_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<CostLine> costLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "financing_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<FinancingLine> financingLines = new ArrayList<>();

    /** The co-financing still missing per year, while the applicant seeks co-financing. */
    @ElementCollection
    @CollectionTable(name = "cofinancing_sought", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "amount")
    private java.util.Map<Integer, BigDecimal> cofinancingSought = new java.util.HashMap<>();

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    private Instant updatedAt;

    protected GrantApplication() {
    }

    GrantApplication(long organisationId, long callId, String title, Instant now) {
        this.organisationId = organisationId;
        this.callId = callId;
        this.title = title;
        this.updatedAt = now;
    }

    /** Takes what the applicant typed. Only while the application is a draft or a supplement is asked. */
    void update(ApplicationDraft draft, Instant now) {
        requireStatus(EDITABLE, "change");
        if (status == ApplicationStatus.DRAFT) {
            this.callId = draft.callId();
        }
        this.facilityType = draft.facilityType();
        this.facilityName = trim(draft.facilityName());
        this.facilityStreet = trim(draft.facilityStreet());
        this.facilityPostcode = draft.facilityPostcode() == null || draft.facilityPostcode().isBlank() ? null
                : Postcode.normalise(draft.facilityPostcode());
        this.facilityCity = trim(draft.facilityCity());
        this.facilityMunicipalityCode = draft.facilityMunicipalityCode();
        this.kindOfWork = draft.kindOfWork();
        this.title = draft.title() == null || draft.title().isBlank() ? "" : draft.title().trim();
        this.description = trim(draft.description());
        this.targetGroups = trim(draft.targetGroups());
        this.expectedVisitorsPerWeek = draft.expectedVisitorsPerWeek();
        this.activities = trim(draft.activities());
        this.partners = trim(draft.partners());
        this.intervention = trim(draft.intervention());
        this.startDate = draft.startDate();
        this.endDate = draft.endDate();
        this.costLines = new ArrayList<>(draft.costLines());
        this.financingLines = new ArrayList<>(draft.financingLines());
        this.seekingCofinancing = draft.seekingCofinancing();
        this.cofinancingSought.clear();
        if (seekingCofinancing) {
            draft.missingCofinancing().forEach((year, amount) -> {
                if (amount != null) {
                    cofinancingSought.put(year, amount.setScale(2, java.math.RoundingMode.HALF_UP));
                }
            });
        }
        this.amountRequested = draft.plan().grant();
        this.updatedAt = now;
    }

    /**
     * Submits the application: it gets its reference, the exact receipt time (which decides the order
     * in a first-come call) and the decision due date, and becomes read-only for the applicant.
     */
    void submit(String reference, Instant receivedAt, LocalDate decisionDue, String submittedBy, String locale) {
        requireStatus(EnumSet.of(ApplicationStatus.DRAFT), "submit");
        this.reference = reference;
        this.submittedAt = receivedAt;
        this.decisionDue = decisionDue;
        this.submittedBy = submittedBy;
        this.applicantLocale = "en".equals(locale) ? "en" : "nl";
        this.status = ApplicationStatus.SUBMITTED;
        this.updatedAt = receivedAt;
        registerEvent(new ApplicationSubmitted(id, reference, receivedAt));
    }

    /** Withdraws the application; possible until a decision is taken. */
    void withdraw(Instant now) {
        requireStatus(WITHDRAWABLE, "withdraw");
        ApplicationStatus previous = status;
        this.status = ApplicationStatus.WITHDRAWN;
        this.withdrawnAt = now;
        this.updatedAt = now;
        registerEvent(new ApplicationWithdrawn(id, reference, previous));
    }

    /** Intake found the application complete: it goes to assessment. */
    void completeIntake(Instant now) {
        move(EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.IN_ASSESSMENT, "complete the intake of", now);
    }

    /** A supplement is asked (Awb 4:5): the applicant may change the application again; the clock stands still. */
    void requestSupplement(Instant now) {
        move(EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.SUPPLEMENT_REQUESTED, "request a supplement for", now);
    }

    /**
     * The applicant supplied what was asked: back to intake. The review workflow then moves the
     * deadline by the days the clock stood still (it knows the request).
     */
    void supplementReceived(Instant now) {
        move(EnumSet.of(ApplicationStatus.SUPPLEMENT_REQUESTED), ApplicationStatus.SUBMITTED, "resubmit", now);
        registerEvent(new SupplementSubmitted(id, reference));
    }

    /** The repair period passed without the supplement: not considered (buiten behandeling, Awb 4:5). */
    void notConsidered(Instant now) {
        move(EnumSet.of(ApplicationStatus.SUPPLEMENT_REQUESTED), ApplicationStatus.NOT_CONSIDERED, "not consider", now);
    }

    /** The assessment is done: the application waits for the decision maker. */
    void readyForDecision(Instant now) {
        move(EnumSet.of(ApplicationStatus.IN_ASSESSMENT), ApplicationStatus.AWAITING_DECISION, "send to decision", now);
    }

    /** The decision: granted (wholly or partly) or refused. */
    void decide(boolean granted, Instant now) {
        move(EnumSet.of(ApplicationStatus.AWAITING_DECISION), granted ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSED,
                "decide on", now);
    }

    /** The settlement (vaststelling) is decided: the grant is final. */
    void settle(Instant now) {
        move(EnumSet.of(ApplicationStatus.GRANTED, ApplicationStatus.IN_EXECUTION), ApplicationStatus.SETTLED, "settle", now);
    }

    /** A reviewer takes the application in hand (shows in their "assigned to me" queue). */
    void assignTo(String reviewer) {
        this.assignedReviewer = reviewer;
    }

    public String getAssignedReviewer() {
        return assignedReviewer;
    }

    /** A notified extension or a suspension moved the deadline. */
    void moveDecisionDue(LocalDate newDue, Instant now) {
        requireStatus(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SUPPLEMENT_REQUESTED,
                ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION), "extend the deadline of");
        this.decisionDue = newDue;
        this.updatedAt = now;
    }

    private void move(Set<ApplicationStatus> from, ApplicationStatus to, String action, Instant now) {
        requireStatus(from, action);
        ApplicationStatus previous = status;
        this.status = to;
        this.updatedAt = now;
        registerEvent(new ApplicationStatusChanged(id, reference, previous, to));
    }

    private void requireStatus(Set<ApplicationStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new IllegalTransitionException(action, status);
        }
    }

    /** The domain events this aggregate registered and that are published when it is saved. */
    List<Object> events() {
        return List.copyOf(domainEvents());
    }

    boolean isEditable() {
        return EDITABLE.contains(status);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public ApplicationDraft toDraft() {
        return new ApplicationDraft(id, version, callId, facilityType, facilityName, facilityStreet, facilityPostcode,
                facilityCity, facilityMunicipalityCode, kindOfWork, title, description, targetGroups,
                expectedVisitorsPerWeek, activities, partners, intervention, startDate, endDate,
                costLines, financingLines, seekingCofinancing, new java.util.TreeMap<>(cofinancingSought));
    }

    public FinancingPlan plan() {
        return new FinancingPlan(costLines, financingLines);
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

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public FacilityType getFacilityType() {
        return facilityType;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public String getFacilityMunicipalityCode() {
        return facilityMunicipalityCode;
    }

    public Integer getExpectedVisitorsPerWeek() {
        return expectedVisitorsPerWeek;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public boolean isSeekingCofinancing() {
        return seekingCofinancing;
    }

    /** The co-financing still missing per year, as the applicant entered it (empty when not seeking co-financing). */
    public java.util.SortedMap<Integer, BigDecimal> getCofinancingSought() {
        return Collections.unmodifiableSortedMap(new java.util.TreeMap<>(cofinancingSought));
    }

    public String getApplicantLocale() {
        return applicantLocale;
    }

    public List<CostLine> getCostLines() {
        return Collections.unmodifiableList(costLines);
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
