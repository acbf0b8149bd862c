package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.Amounts;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rules of a settlement (vaststelling, Awb 4:44–4:57; ADR 0012), pure: what the proposal may reduce, who may
 * settle it, and what settling it does to each budget year.
 * <ul>
 *   <li>A reduction is on one cost line, never negative, never above its line, always with a reason; together they are
 *   never above the grant; a motivation is needed for any reduction and for a settlement on the authority's own motion.</li>
 *   <li>Four eyes: the decision maker who settles is not the reviewer who proposed.</li>
 *   <li>Each year keeps its grant less the reductions of that year's cost lines; what a year cannot absorb comes off the
 *   other years, the latest first. A year already paid more than that keeps what was paid, and the difference comes
 *   off the other years (the latest first) — or, when the whole grant was paid more than settled, the claim falls
 *   on the latest years paid.</li>
 *   <li>Per year: the unused commitment is released, what is still owed is that year's final payment, what was paid
 *   too much is that year's part of the repayment claim. So after the settlement every year's ledger holds
 *   granted − released = paid + final payment − repaid, and a multi-year grant's final payment is no longer booked
 *   to its last year alone.</li>
 * </ul>
 */
public final class SettlementPolicy {

    /** A repayment claim is due six weeks after the settlement (ADR 0012). */
    static final int REPAYMENT_WEEKS = 6;

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private SettlementPolicy() {
    }

    /** What settling a grant does to each budget year; maps hold only years with a non-zero amount, except settled. */
    public record Outcome(SortedMap<Integer, BigDecimal> settledPerYear, SortedMap<Integer, BigDecimal> releasePerYear,
                          SortedMap<Integer, BigDecimal> finalPaymentPerYear, SortedMap<Integer, BigDecimal> repaymentPerYear) {

        public Outcome {
            settledPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(settledPerYear));
            releasePerYear = Collections.unmodifiableSortedMap(new TreeMap<>(releasePerYear));
            finalPaymentPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(finalPaymentPerYear));
            repaymentPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(repaymentPerYear));
        }

        public BigDecimal released() {
            return total(releasePerYear);
        }

        public BigDecimal finalPayment() {
            return total(finalPaymentPerYear);
        }

        public BigDecimal repayment() {
            return total(repaymentPerYear);
        }
    }

    /**
     * Settles a grant: {@code grantedPerYear} as decided, {@code reductionsPerYear} by the year of their cost line,
     * {@code paidPerYear} what was paid (or, for a settlement at once with the decision, what the advances will pay).
     */
    public static Outcome settle(SortedMap<Integer, BigDecimal> grantedPerYear, Map<Integer, BigDecimal> reductionsPerYear,
                                 SortedMap<Integer, BigDecimal> paidPerYear) {
        SortedMap<Integer, BigDecimal> settled = settledPerYear(grantedPerYear, reductionsPerYear);
        SortedMap<Integer, BigDecimal> paid = new TreeMap<>();
        grantedPerYear.keySet().forEach(year -> paid.put(year, paidPerYear.getOrDefault(year, BigDecimal.ZERO)));
        if (total(settled).compareTo(total(paid)) >= 0) {
            keepWhatWasPaid(grantedPerYear, settled, paid);
        } else {
            claimFromTheLatestYears(settled, paid);
        }
        SortedMap<Integer, BigDecimal> release = new TreeMap<>();
        SortedMap<Integer, BigDecimal> finalPayment = new TreeMap<>();
        SortedMap<Integer, BigDecimal> repayment = new TreeMap<>();
        grantedPerYear.forEach((year, granted) -> {
            putPositive(release, year, granted.subtract(settled.get(year)));
            putPositive(finalPayment, year, settled.get(year).subtract(paid.get(year)));
            putPositive(repayment, year, paid.get(year).subtract(settled.get(year)));
        });
        SortedMap<Integer, BigDecimal> scaled = new TreeMap<>();
        settled.forEach((year, amount) -> scaled.put(year, scale(amount)));
        return new Outcome(scaled, release, finalPayment, repayment);
    }

    /**
     * Each year keeps its grant less the reductions of that year's cost lines; what a year cannot absorb comes off
     * the other years, the latest first.
     */
    static SortedMap<Integer, BigDecimal> settledPerYear(SortedMap<Integer, BigDecimal> granted, Map<Integer, BigDecimal> reductions) {
        SortedMap<Integer, BigDecimal> settled = new TreeMap<>(granted);
        BigDecimal overflow = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> reduction : new TreeMap<>(reductions).entrySet()) {
            BigDecimal available = settled.getOrDefault(reduction.getKey(), BigDecimal.ZERO);
            BigDecimal taken = available.min(reduction.getValue());
            if (settled.containsKey(reduction.getKey())) {
                settled.put(reduction.getKey(), available.subtract(taken));
            }
            overflow = overflow.add(reduction.getValue().subtract(taken));
        }
        for (Integer year : new ArrayList<>(settled.keySet()).reversed()) {
            BigDecimal taken = settled.get(year).min(overflow);
            settled.put(year, settled.get(year).subtract(taken));
            overflow = overflow.subtract(taken);
        }
        return settled;
    }

    /** Settled at least what was paid: a year paid more than its share keeps what was paid, the others give way, latest first. */
    private static void keepWhatWasPaid(SortedMap<Integer, BigDecimal> granted, SortedMap<Integer, BigDecimal> settled,
                                        SortedMap<Integer, BigDecimal> paid) {
        BigDecimal shortfall = BigDecimal.ZERO;
        for (Integer year : settled.keySet()) {
            BigDecimal keep = paid.get(year).min(granted.get(year));
            if (settled.get(year).compareTo(keep) < 0) {
                shortfall = shortfall.add(keep.subtract(settled.get(year)));
                settled.put(year, keep);
            }
        }
        for (Integer year : new ArrayList<>(settled.keySet()).reversed()) {
            BigDecimal room = settled.get(year).subtract(paid.get(year)).max(BigDecimal.ZERO).min(shortfall);
            settled.put(year, settled.get(year).subtract(room));
            shortfall = shortfall.subtract(room);
        }
    }

    /** Settled less than was paid: no year keeps more than was paid; the claim falls on the latest years paid. */
    private static void claimFromTheLatestYears(SortedMap<Integer, BigDecimal> settled, SortedMap<Integer, BigDecimal> paid) {
        BigDecimal surplus = BigDecimal.ZERO;
        for (Integer year : settled.keySet()) {
            if (settled.get(year).compareTo(paid.get(year)) > 0) {
                surplus = surplus.add(settled.get(year).subtract(paid.get(year)));
                settled.put(year, paid.get(year));
            }
        }
        for (Integer year : settled.keySet()) {
            BigDecimal room = paid.get(year).subtract(settled.get(year)).min(surplus);
            settled.put(year, settled.get(year).add(room));
            surplus = surplus.subtract(room);
        }
    }

    /**
     * How a reviewer may settle now, from the final report (null: not yet): REPORT once it is accepted; OWN_MOTION once a
     * late final report's new term passed without it (Awb 4:44 lid 3–4), or once the term of a request for more
     * information on it passed without an answer (Awb 4:47: the authority settles on what it knows, issue 22 item 7).
     */
    public static SettlementKind proposable(ObligationItem finalReport, LocalDate today) {
        if (finalReport == null) {
            return null;
        }
        if (finalReport.status() == ReportStatus.ACCEPTED) {
            return SettlementKind.REPORT;
        }
        if (finalReport.status() == ReportStatus.OPEN && finalReport.lateTermDueOn() != null
                && finalReport.lateTermDueOn().isBefore(today)) {
            return SettlementKind.OWN_MOTION;
        }
        return moreTermPassed(finalReport, today) ? SettlementKind.OWN_MOTION : null;
    }

    /** A request for more information on this report went unanswered past its term. */
    public static boolean moreTermPassed(ObligationItem report, LocalDate today) {
        return report.status() == ReportStatus.MORE_ASKED && report.moreDueOn() != null && report.moreDueOn().isBefore(today);
    }

    /**
     * The reductions the report supports, as a proposal to settle on own motion (Awb 4:47): the grant never pays more
     * than was spent, so what the grant exceeds the reported spending by comes off the cost lines spent below their
     * budget (in their order, at most each line's shortfall), as NOT_SPENT. A line without a reported figure counts as
     * nothing spent. Empty when the spending covers the grant.
     */
    public static List<SettlementForm.Reduction> supportedReductions(List<CostLineItem> lines, BigDecimal granted) {
        BigDecimal spent = lines.stream().map(line -> line.spent() == null ? BigDecimal.ZERO : line.spent())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shortfall = granted.subtract(spent);
        List<SettlementForm.Reduction> reductions = new ArrayList<>();
        for (CostLineItem line : lines) {
            if (shortfall.signum() <= 0) {
                break;
            }
            BigDecimal under = line.budget().subtract(line.spent() == null ? BigDecimal.ZERO : line.spent());
            BigDecimal taken = under.min(shortfall);
            if (taken.signum() > 0) {
                reductions.add(new SettlementForm.Reduction(line.position(), scale(taken), ReductionReason.NOT_SPENT, null));
                shortfall = shortfall.subtract(taken);
            }
        }
        return reductions;
    }

    /** Four eyes: refused when the decision maker settling is the reviewer who proposed. */
    public static void requireSettlerIsNotProposer(String proposer, String settler) {
        if (settler == null || settler.equals(proposer)) {
            throw new InvalidInputException("settlement", "settlement.validation.fourEyes");
        }
    }

    /** The day a repayment claim made on {@code settledOn} is due. */
    public static LocalDate repaymentDue(LocalDate settledOn) {
        return settledOn.plusWeeks(REPAYMENT_WEEKS);
    }

    /**
     * What is wrong with a proposal: its reductions against the cost lines' amounts (by position) and the grant, and its
     * motivation; each problem at its field ({@code reduction-<n>}, {@code reason-<n>}, {@code note-<n>}, {@code settled},
     * {@code motivation}). Reductions of nothing are left out before. A position outside the plan is not a user's
     * mistake: {@link NotFoundException}.
     */
    public static List<Problem> proposalProblems(List<SettlementForm.Reduction> reductions, List<BigDecimal> lineAmounts,
                                                 BigDecimal granted, String motivation, boolean ownMotion, int maxText) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal reduced = BigDecimal.ZERO;
        for (SettlementForm.Reduction reduction : reductions) {
            if (reduction.position() < 0 || reduction.position() >= lineAmounts.size()) {
                throw new NotFoundException("Cost line", reduction.position());
            }
            String field = "reduction-" + reduction.position();
            if (reduction.amount().signum() < 0) {
                problems.add(new Problem(field, "validation.notNegative"));
            } else if (!Amounts.storable(reduction.amount())) {
                problems.add(new Problem(field, "validation.amount"));
            } else if (reduction.amount().compareTo(lineAmounts.get(reduction.position())) > 0) {
                problems.add(new Problem(field, "settlement.validation.aboveLine"));
            }
            if (reduction.reason() == null) {
                problems.add(new Problem("reason-" + reduction.position(), "settlement.validation.reasonRequired"));
            }
            if (reduction.note() != null && reduction.note().length() > 2000) {
                problems.add(new Problem("note-" + reduction.position(), "validation.tooLong", 2000));
            }
            reduced = reduced.add(scale(reduction.amount()));
        }
        if (reduced.compareTo(granted) > 0) {
            problems.add(new Problem("settled", "settlement.validation.aboveGrant"));
        }
        String text = motivation == null ? "" : motivation.trim();
        if (text.isEmpty() && (reduced.signum() > 0 || ownMotion)) {
            problems.add(new Problem("motivation", "settlement.validation.motivationRequired"));
        } else if (text.length() > maxText) {
            problems.add(new Problem("motivation", "validation.tooLong", maxText));
        }
        return problems;
    }

    /** The sum of the reductions, each at cents. */
    public static BigDecimal reduced(List<SettlementForm.Reduction> reductions) {
        return reductions.stream().map(r -> scale(r.amount())).reduce(ZERO, BigDecimal::add);
    }

    static BigDecimal total(Map<Integer, BigDecimal> amounts) {
        return scale(amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static void putPositive(SortedMap<Integer, BigDecimal> map, int year, BigDecimal amount) {
        if (amount.signum() > 0) {
            map.put(year, scale(amount));
        }
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
