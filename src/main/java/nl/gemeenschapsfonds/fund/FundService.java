package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Funds and calls of the signed-in user's authority. */
@Service
public class FundService {

    private final FundRepository funds;
    private final GrantCallRepository calls;
    private final CurrentUser currentUser;

    FundService(FundRepository funds, GrantCallRepository calls, CurrentUser currentUser) {
        this.funds = funds;
        this.calls = calls;
        this.currentUser = currentUser;
    }

    /** The funds of the user's authority, with their budget per year. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'DECISION_MAKER')")
    public List<FundListItem> fundsOfMyAuthority() {
        long authority = currentUser.require().requireAuthority();
        Map<Long, Long> callsPerFund = calls.findByAuthority(authority).stream()
                .collect(Collectors.groupingBy(GrantCall::getFundId, Collectors.counting()));
        return funds.findByAuthorityIdOrderByName(authority).stream()
                .map(fund -> new FundListItem(fund.getId(), fund.getName(), fund.getYearBudgets(),
                        callsPerFund.getOrDefault(fund.getId(), 0L).intValue()))
                .toList();
    }

    /** The calls of all funds of the user's authority, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'DECISION_MAKER')")
    public List<CallListItem> callsOfMyAuthority() {
        long authority = currentUser.require().requireAuthority();
        return calls.findByAuthority(authority).stream().map(CallListItem::of).toList();
    }
}
