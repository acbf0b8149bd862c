package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Calls with the settlement settings and co-financing rules the report tests need, and paying out a grant's
 * instructions through finance's real steps (approve, export, mark paid).
 */
@Component
public class Grants {

    private final TestAuthorities authorities;
    private final FundService funds;
    private final CallService calls;
    private final PaymentService payments;
    private final nl.gemeenschapsfonds.test.TestClock clock;

    Grants(TestAuthorities authorities, FundService funds, CallService calls, PaymentService payments,
           nl.gemeenschapsfonds.test.TestClock clock) {
        this.authorities = authorities;
        this.funds = funds;
        this.calls = calls;
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * An open call (2027 and 2028, 200.000 each) with these settings; {@code minPrivatePercent} is the minimum private
     * share of the costs (null: no rule).
     */
    public long openCall(Staff staff, BigDecimal settleAtOnceUpTo, BigDecimal accountantAbove, BigDecimal minPrivatePercent)
            throws Exception {
        return openCall(staff, settleAtOnceUpTo, accountantAbove, minPrivatePercent, 2027, 2028);
    }

    /** As above, with a ceiling of 200.000 in each of these years. */
    public long openCall(Staff staff, BigDecimal settleAtOnceUpTo, BigDecimal accountantAbove, BigDecimal minPrivatePercent,
                         int... years) throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        TreeMap<Integer, BigDecimal> ceilings = new TreeMap<>();
        for (int year : years) {
            ceilings.put(year, new BigDecimal("200000.00"));
        }
        TreeMap<Integer, BigDecimal> budgets = new TreeMap<>();
        ceilings.forEach((year, ceiling) -> budgets.put(year, ceiling.add(new BigDecimal("1000000"))));
        return authorities.as(staff.admin(), () -> {
            long fund = funds.save(new FundData(null, 0, "Fonds " + UUID.randomUUID().toString().substring(0, 8), null, budgets),
                    nl.gemeenschapsfonds.test.TestPayingAccounts.FORM);
            long call = calls.save(new CallData(null, 0, fund, null, "Regeling verantwoording", "Reporting call", null, null,
                    EnumSet.of(FacilityType.COMMUNITY_CENTRE), today.minusDays(1), today.plusDays(30), false,
                    AllocationMethod.FIRST_COME, null, minPrivatePercent, null, null, false, 8, 6, ceilings, List.of(),
                    settleAtOnceUpTo, 13, accountantAbove));
            calls.publish(call);
            return call;
        });
    }

    /** Finance approves, exports and marks paid every scheduled instruction of the application; answers the total paid. */
    public BigDecimal payOut(Staff staff, String applicationReference) throws Exception {
        return authorities.as(staff.finance(), () -> {
            List<PaymentListItem> due = payments.payments(new PaymentFilter(null, null, null, null)).stream()
                    .filter(p -> p.status() == nl.gemeenschapsfonds.payment.PaymentStatus.SCHEDULED)
                    .filter(p -> p.applicationReference().equals(applicationReference))
                    .toList();
            List<Long> ids = due.stream().map(PaymentListItem::id).toList();
            payments.approve(ids);
            // the money leaves once the last of them is due, and the bank books it that day
            LocalDate lastDue = due.stream().map(PaymentListItem::dueOn).max(LocalDate::compareTo).orElseThrow();
            LocalDate executed = nl.gemeenschapsfonds.payment.PaymentDatesPolicy.earliestFor(lastDue,
                    LocalDate.ofInstant(clock.instant(), Formats.ZONE));
            long batch = payments.export(ids, executed).batchId();
            clock.on(executed, () -> {
                payments.markBatchPaid(batch, executed);
                return null;
            });
            return due.stream().map(PaymentListItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        });
    }
}
