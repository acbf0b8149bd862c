package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.budget.FundYearBalance;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Funds of the signed-in user's authority and their budget per year. */
@Service
public class FundService {

    private final FundRepository funds;
    private final GrantCallRepository calls;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    FundService(FundRepository funds, GrantCallRepository calls, BudgetLedger ledger, AuditTrail audit, CurrentUser currentUser) {
        this.funds = funds;
        this.calls = calls;
        this.ledger = ledger;
        this.audit = audit;
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
                .map(fund -> new FundListItem(fund.getId(), fund.getName(), budgets(fund.getId()),
                        callsPerFund.getOrDefault(fund.getId(), 0L).intValue()))
                .toList();
    }

    /** One fund of the user's authority, for the fund editor. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'DECISION_MAKER')")
    public FundData fund(long id) {
        Fund fund = scoped(id);
        return new FundData(fund.getId(), fund.getVersion(), fund.getName(), fund.getDescription(), budgets(id));
    }

    /**
     * Creates or changes a fund and sets its budget per year. A year left out of the form gets a
     * budget of zero. Refused, with a message per field, when the name is missing or taken, or a
     * year's budget would fall below what the calls reserved of it.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(FundData data) {
        long authority = currentUser.require().requireAuthority();
        List<Problem> problems = new ArrayList<>();
        String name = data.name() == null ? "" : data.name().trim();
        if (name.isEmpty()) {
            problems.add(new Problem("name", "validation.required"));
        } else if (name.length() > 200) {
            problems.add(new Problem("name", "validation.tooLong", 200));
        } else if (funds.existsByAuthorityIdAndNameIgnoreCaseAndIdNot(authority, name, data.id() == null ? -1 : data.id())) {
            problems.add(new Problem("name", "fund.validation.nameTaken"));
        }
        if (data.description() != null && data.description().length() > 4000) {
            problems.add(new Problem("description", "validation.tooLong", 4000));
        }
        data.budgets().forEach((year, amount) -> {
            if (year < 2000 || year > 2100) {
                problems.add(new Problem("budgets", "fund.validation.year", String.valueOf(year)));
            } else if (amount == null || amount.signum() < 0) {
                problems.add(new Problem("budgets", "fund.validation.budgetNegative", String.valueOf(year)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Fund fund;
        String before = null;
        if (data.id() == null) {
            fund = funds.save(new Fund(authority, name, data.description()));
        } else {
            fund = scoped(data.id());
            if (fund.getVersion() != data.version()) {
                throw new ConcurrentEditException("Fund " + data.id());
            }
            before = fund.getName();
            fund.describe(name, data.description());
            funds.flush();
        }
        SortedMap<Integer, BigDecimal> wanted = new TreeMap<>(data.budgets());
        budgets(fund.getId()).keySet().forEach(year -> wanted.putIfAbsent(year, BigDecimal.ZERO));
        for (Map.Entry<Integer, BigDecimal> budget : wanted.entrySet()) {
            try {
                ledger.setFundBudget(fund.getId(), authority, budget.getKey(), budget.getValue(), "Fund budget set by the council");
            } catch (BudgetRefusedException refused) {
                throw new InvalidInputException("budgets", "fund.validation.belowReserved",
                        String.valueOf(budget.getKey()), refused.refusal().figure());
            }
        }
        audit.record(data.id() == null ? "FUND_CREATED" : "FUND_UPDATED", "Fund", fund.getId(), before,
                name + " " + data.budgets(), null);
        return fund.getId();
    }

    /**
     * Saves the fund as {@link #save(FundData)} does, together with the account it pays from (issue 13), in one
     * transaction: the problems of both come back at their fields at once, and nothing is saved while one remains.
     * All three account fields empty means no account: the fund's payments cannot be exported until one is set.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(FundData data, PayingAccount.Form account) {
        List<Problem> accountProblems = account == null || account.isEmpty() ? List.of()
                : PayingAccount.problems(account.name(), account.iban(), account.bic());
        long id;
        try {
            id = save(data);
        } catch (InvalidInputException invalid) {
            List<Problem> all = new ArrayList<>(invalid.problems());
            all.addAll(accountProblems);
            throw new InvalidInputException(all);
        }
        if (!accountProblems.isEmpty()) {
            throw new InvalidInputException(accountProblems);
        }
        Fund fund = scoped(id);
        PayingAccount before = fund.payingAccount().orElse(null);
        PayingAccount after = account == null || account.isEmpty() ? null
                : new PayingAccount(account.name(), account.iban(), account.bic());
        if (!java.util.Objects.equals(before, after)) {
            fund.payFrom(after);
            funds.flush();
            audit.record("FUND_PAYING_ACCOUNT_SET", "Fund", id, describe(before), describe(after), null);
        }
        return id;
    }

    /** The account a fund of the user's authority pays from, if one is set. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'DECISION_MAKER')")
    public java.util.Optional<PayingAccount> payingAccount(long fundId) {
        return scoped(fundId).payingAccount();
    }

    /** The legal name of the user's authority: the name a new paying account is proposed with. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public String myAuthorityName() {
        return funds.authorityName(currentUser.require().requireAuthority());
    }

    /**
     * For the export of payments: the fund a call of the user's authority belongs to, with its paying account if one
     * is set. {@link NotFoundException} for a call of another authority.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public FundPayer payerOfCall(long callId) {
        GrantCall call = calls.findById(callId).orElseThrow(() -> new NotFoundException("Call", callId));
        Fund fund = scoped(call.getFundId());
        return new FundPayer(fund.getId(), fund.getName(), fund.payingAccount());
    }

    /** A fund as a payment batch needs it: which fund, and the account it pays from (empty when none is set). */
    public record FundPayer(long fundId, String fundName, java.util.Optional<PayingAccount> account) {
    }

    private static String describe(PayingAccount account) {
        return account == null ? null : account.name() + " " + account.iban() + " " + account.bic();
    }

    Fund scoped(long id) {
        long authority = currentUser.require().requireAuthority();
        return funds.findById(id).filter(fund -> fund.getAuthorityId() == authority)
                .orElseThrow(() -> new NotFoundException("Fund", id));
    }

    private SortedMap<Integer, BigDecimal> budgets(long fundId) {
        return ledger.fundBalances(fundId).stream()
                .collect(Collectors.toMap(FundYearBalance::year, FundYearBalance::budget, (a, b) -> a, TreeMap::new));
    }
}
