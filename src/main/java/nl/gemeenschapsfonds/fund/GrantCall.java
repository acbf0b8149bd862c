package nl.gemeenschapsfonds.fund;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A call (regeling, ronde): what may be applied for in a fund, when, and under which rules. Its
 * ceilings per year are kept in the budget ledger. DRAFT → PUBLISHED → CLOSED.
 */
@Entity
@Table(name = "grant_call")
public class GrantCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fundId;
    private String titleNl;
    private String titleEn;
    private String descriptionNl;
    private String descriptionEn;

    @Enumerated(EnumType.STRING)
    private CallStatus status = CallStatus.DRAFT;
    private LocalDate openDate;
    private LocalDate closeDate;
    private boolean rollingIntake;

    @Enumerated(EnumType.STRING)
    private AllocationMethod allocationMethod = AllocationMethod.FIRST_COME;
    private BigDecimal maxGrant;
    private BigDecimal minPrivateShare;
    /** Which private sources the minimum counts, as "PRIVATE_FUNDERS,OWN_FUNDS" (see {@link CoFinancingSource}). */
    private String privateShareCounts;
    private BigDecimal maxFundShare;
    private BigDecimal maxInKindShare;
    private boolean grantMaxMunicipal;
    private int decisionWeeks = 8;
    private int objectionWeeks = 6;
    private BigDecimal settleAtOnceUpTo;
    private int finalReportWeeks = CallData.DEFAULT_FINAL_REPORT_WEEKS;
    private BigDecimal accountantStatementAbove;
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "grant_call_facility_type", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "facility_type")
    @Enumerated(EnumType.STRING)
    private Set<FacilityType> facilityTypes = EnumSet.noneOf(FacilityType.class);

    @ElementCollection
    @CollectionTable(name = "grant_call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected GrantCall() {
    }

    GrantCall(long fundId) {
        this.fundId = fundId;
    }

    /** Takes the editable settings of the form; the status changes only through publish and close. */
    void update(CallData data) {
        this.titleNl = data.titleNl().trim();
        this.titleEn = data.titleEn().trim();
        this.descriptionNl = data.descriptionNl();
        this.descriptionEn = data.descriptionEn();
        this.facilityTypes = data.facilityTypes().isEmpty() ? EnumSet.noneOf(FacilityType.class) : EnumSet.copyOf(data.facilityTypes());
        this.rollingIntake = data.rollingIntake();
        this.openDate = data.openDate();
        this.closeDate = data.rollingIntake() ? null : data.closeDate();
        this.allocationMethod = data.allocationMethod();
        this.maxGrant = data.maxGrant();
        this.minPrivateShare = CallData.fraction(data.minPrivateSharePercent());
        this.privateShareCounts = CoFinancingSource.stored(data.privateShareCounts());
        this.maxFundShare = CallData.fraction(data.maxFundSharePercent());
        this.maxInKindShare = CallData.fraction(data.maxInKindSharePercent());
        this.grantMaxMunicipal = data.grantMaxMunicipal();
        this.decisionWeeks = data.decisionWeeks();
        this.objectionWeeks = data.objectionWeeks();
        this.settleAtOnceUpTo = data.settleAtOnceUpTo();
        this.finalReportWeeks = data.finalReportWeeks();
        this.accountantStatementAbove = data.accountantStatementAbove();
        this.criteria = new ArrayList<>(data.criteria());
    }

    void publish(Instant now) {
        if (status != CallStatus.DRAFT) {
            throw new IllegalStateException("Only a draft call can be published, this one is " + status);
        }
        status = CallStatus.PUBLISHED;
        publishedAt = now;
    }

    void close() {
        if (status != CallStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published call can be closed, this one is " + status);
        }
        status = CallStatus.CLOSED;
    }

    /** Whether an application may be submitted on {@code date}: published and within its dates. */
    public boolean isOpenOn(LocalDate date) {
        return status == CallStatus.PUBLISHED
                && (openDate == null || !date.isBefore(openDate))
                && (rollingIntake || closeDate == null || !date.isAfter(closeDate));
    }

    public Long getId() {
        return id;
    }

    public Long getFundId() {
        return fundId;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public CallStatus getStatus() {
        return status;
    }

    public LocalDate getOpenDate() {
        return openDate;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public boolean isRollingIntake() {
        return rollingIntake;
    }

    public AllocationMethod getAllocationMethod() {
        return allocationMethod;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public java.util.Set<CoFinancingSource> getPrivateShareCounts() {
        return CoFinancingSource.parse(privateShareCounts);
    }

    public BigDecimal getMinPrivateShare() {
        return minPrivateShare;
    }

    public BigDecimal getMaxFundShare() {
        return maxFundShare;
    }

    public BigDecimal getMaxInKindShare() {
        return maxInKindShare;
    }

    public boolean isGrantMaxMunicipal() {
        return grantMaxMunicipal;
    }

    public int getDecisionWeeks() {
        return decisionWeeks;
    }

    /** Grants up to this amount are settled at once with the decision, without a report; null: none. */
    public BigDecimal getSettleAtOnceUpTo() {
        return settleAtOnceUpTo;
    }

    /** The final report (settlement request) is due this many weeks after the project's end date. */
    public int getFinalReportWeeks() {
        return finalReportWeeks;
    }

    /** Above this granted amount the final report needs an accountant's statement; null: never. */
    public BigDecimal getAccountantStatementAbove() {
        return accountantStatementAbove;
    }

    public int getObjectionWeeks() {
        return objectionWeeks;
    }

    /** A copy, so it can be used after the transaction that loaded the call. */
    public Set<FacilityType> getFacilityTypes() {
        return facilityTypes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(facilityTypes));
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public long getVersion() {
        return version;
    }
}
