package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A call as the call editor shows and saves it. Shares are percentages (20 = 20%); ceilings are
 * per year. {@code id} and {@code version} are null and 0 for a new call.
 */
public record CallData(Long id, long version, long fundId, CallStatus status,
                       String titleNl, String titleEn, String descriptionNl, String descriptionEn,
                       Set<FacilityType> facilityTypes, LocalDate openDate, LocalDate closeDate, boolean rollingIntake,
                       AllocationMethod allocationMethod, BigDecimal maxGrant,
                       BigDecimal minPrivateSharePercent, BigDecimal maxFundSharePercent, BigDecimal maxInKindSharePercent,
                       boolean grantMaxMunicipal, int decisionWeeks, int objectionWeeks,
                       SortedMap<Integer, BigDecimal> ceilings, List<Criterion> criteria,
                       BigDecimal settleAtOnceUpTo, int finalReportWeeks, BigDecimal accountantStatementAbove,
                       Set<CoFinancingSource> privateShareCounts) {

    /** The usual final-report term: 13 weeks after the project's end date (see ADR 0012). */
    public static final int DEFAULT_FINAL_REPORT_WEEKS = 13;

    public CallData {
        facilityTypes = facilityTypes == null ? Set.of() : Set.copyOf(facilityTypes);
        ceilings = ceilings == null ? new TreeMap<>() : new TreeMap<>(ceilings);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        status = status == null ? CallStatus.DRAFT : status;
        // null: as before calls could choose (all count); empty: nothing chosen, which CallRules refuses with a minimum
        privateShareCounts = privateShareCounts == null ? CoFinancingSource.ALL : Set.copyOf(privateShareCounts);
    }

    /** A call whose minimum private share counts every private source (as before a call could choose). */
    public CallData(Long id, long version, long fundId, CallStatus status, String titleNl, String titleEn,
                    String descriptionNl, String descriptionEn, Set<FacilityType> facilityTypes, LocalDate openDate,
                    LocalDate closeDate, boolean rollingIntake, AllocationMethod allocationMethod, BigDecimal maxGrant,
                    BigDecimal minPrivateSharePercent, BigDecimal maxFundSharePercent, BigDecimal maxInKindSharePercent,
                    boolean grantMaxMunicipal, int decisionWeeks, int objectionWeeks,
                    SortedMap<Integer, BigDecimal> ceilings, List<Criterion> criteria,
                    BigDecimal settleAtOnceUpTo, int finalReportWeeks, BigDecimal accountantStatementAbove) {
        this(id, version, fundId, status, titleNl, titleEn, descriptionNl, descriptionEn, facilityTypes, openDate, closeDate,
                rollingIntake, allocationMethod, maxGrant, minPrivateSharePercent, maxFundSharePercent, maxInKindSharePercent,
                grantMaxMunicipal, decisionWeeks, objectionWeeks, ceilings, criteria, settleAtOnceUpTo, finalReportWeeks,
                accountantStatementAbove, CoFinancingSource.ALL);
    }

    /** The same call with its minimum private share counting these sources. */
    public CallData withPrivateShareCounts(Set<CoFinancingSource> counts) {
        return new CallData(id, version, fundId, status, titleNl, titleEn, descriptionNl, descriptionEn, facilityTypes, openDate,
                closeDate, rollingIntake, allocationMethod, maxGrant, minPrivateSharePercent, maxFundSharePercent,
                maxInKindSharePercent, grantMaxMunicipal, decisionWeeks, objectionWeeks, ceilings, criteria, settleAtOnceUpTo,
                finalReportWeeks, accountantStatementAbove, counts);
    }

    /** A call without the settlement settings: nothing settled at once, final report 13 weeks after the end, no accountant's statement. */
    public CallData(Long id, long version, long fundId, CallStatus status, String titleNl, String titleEn,
                    String descriptionNl, String descriptionEn, Set<FacilityType> facilityTypes, LocalDate openDate,
                    LocalDate closeDate, boolean rollingIntake, AllocationMethod allocationMethod, BigDecimal maxGrant,
                    BigDecimal minPrivateSharePercent, BigDecimal maxFundSharePercent, BigDecimal maxInKindSharePercent,
                    boolean grantMaxMunicipal, int decisionWeeks, int objectionWeeks,
                    SortedMap<Integer, BigDecimal> ceilings, List<Criterion> criteria) {
        this(id, version, fundId, status, titleNl, titleEn, descriptionNl, descriptionEn, facilityTypes, openDate, closeDate,
                rollingIntake, allocationMethod, maxGrant, minPrivateSharePercent, maxFundSharePercent, maxInKindSharePercent,
                grantMaxMunicipal, decisionWeeks, objectionWeeks, ceilings, criteria, null, DEFAULT_FINAL_REPORT_WEEKS, null);
    }

    /**
     * A new call in a fund with the usual defaults: first come, first served, 8 weeks to decide, 6 to object;
     * a minimum private share, once set, counts private funders only until the administrator says otherwise.
     */
    public static CallData newCall(long fundId) {
        return new CallData(null, 0, fundId, CallStatus.DRAFT, "", "", "", "", Set.of(), null, null, false,
                AllocationMethod.FIRST_COME, null, null, null, null, false, 8, 6, new TreeMap<>(), List.of())
                .withPrivateShareCounts(Set.of(CoFinancingSource.PRIVATE_FUNDERS));
    }

    static CallData of(GrantCall call, SortedMap<Integer, BigDecimal> ceilings) {
        return new CallData(call.getId(), call.getVersion(), call.getFundId(), call.getStatus(),
                call.getTitleNl(), call.getTitleEn(), call.getDescriptionNl(), call.getDescriptionEn(),
                call.getFacilityTypes(), call.getOpenDate(), call.getCloseDate(), call.isRollingIntake(),
                call.getAllocationMethod(), call.getMaxGrant(), percent(call.getMinPrivateShare()),
                percent(call.getMaxFundShare()), percent(call.getMaxInKindShare()), call.isGrantMaxMunicipal(),
                call.getDecisionWeeks(), call.getObjectionWeeks(), ceilings, call.getCriteria(), call.getSettleAtOnceUpTo(),
                call.getFinalReportWeeks(), call.getAccountantStatementAbove(), call.getPrivateShareCounts());
    }

    static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
