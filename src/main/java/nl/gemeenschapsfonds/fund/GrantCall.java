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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** A call (regeling, ronde): what may be applied for in a fund, when, and under which rules. */
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
    private BigDecimal maxFundShare;
    private boolean grantMaxMunicipal;
    private int decisionWeeks = 8;
    private int objectionWeeks = 6;

    @ElementCollection
    @CollectionTable(name = "grant_call_facility_type", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "facility_type")
    @Enumerated(EnumType.STRING)
    private Set<FacilityType> facilityTypes = EnumSet.noneOf(FacilityType.class);

    @ElementCollection
    @CollectionTable(name = "grant_call_year_ceiling", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "ceiling")
    private Map<Integer, BigDecimal> yearCeilings = new TreeMap<>();

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected GrantCall() {
    }

    public GrantCall(long fundId, String titleNl, String titleEn) {
        this.fundId = fundId;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
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

    public int getDecisionWeeks() {
        return decisionWeeks;
    }

    public int getObjectionWeeks() {
        return objectionWeeks;
    }

    public Set<FacilityType> getFacilityTypes() {
        return Collections.unmodifiableSet(facilityTypes);
    }

    public SortedMap<Integer, BigDecimal> getYearCeilings() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(yearCeilings));
    }

    public long getVersion() {
        return version;
    }
}
