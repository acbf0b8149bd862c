package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.CallYearBalance;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallListItem;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.CallStatus;
import nl.gemeenschapsfonds.submission.ApplicationSummaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ranking of a call that allocates by ranking: after the closing date all assessed applications
 * are ordered by their average weighted score (ties: the earlier receipt first) and granted from the
 * top while every year they ask for still fits in what the call-year has available; from the first
 * one that does not fit, the proposal stops (Awb 4:25: refused to the extent the ceiling would be
 * exceeded). The decision itself is taken per application, by the decision maker.
 */
@Service
public class RankingService {

    private final CallService calls;
    private final BudgetLedger ledger;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationSummaries applications;

    RankingService(CallService calls, BudgetLedger ledger, JdbcClient jdbc, Clock clock, ApplicationSummaries applications) {
        this.calls = calls;
        this.applications = applications;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The ranking of a call of the user's authority. A call of another authority, or one that does
     * not allocate by ranking, has no ranking: not found.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public Ranking ranking(long callId) {
        CallData call = calls.call(callId);
        if (call.allocationMethod() != AllocationMethod.RANKING || call.status() == CallStatus.DRAFT) {
            throw new NotFoundException("Ranking", callId);
        }
        SortedMap<Integer, BigDecimal> available = new TreeMap<>();
        for (Integer year : call.ceilings().keySet()) {
            ledger.balance(callId, year).map(CallYearBalance::available).ifPresent(amount -> available.put(year, amount));
        }
        // submission's published read model (V70) for the list columns, review's own assessments for the score
        List<Candidate> candidates = jdbc.sql("""
                        select w.id, w.reference, w.title, w.organisation_name, w.submitted_at,
                               (select round(avg(s.weighted_score), 2) from assessment s
                                where s.application_id = w.id and s.completed_at is not null) as score
                        from work_queue_row w
                        where w.call_id = ? and w.status = 'AWAITING_DECISION'""")
                .param(callId)
                .query((rs, row) -> new Candidate(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                        rs.getString("organisation_name"), rs.getTimestamp("submitted_at").toInstant(), rs.getBigDecimal("score")))
                .list();
        Map<Long, SortedMap<Integer, BigDecimal>> asked = applications.grantAskedPerYear(
                candidates.stream().map(Candidate::id).toList());
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(ORDER);

        List<Ranking.Row> rows = new ArrayList<>();
        SortedMap<Integer, BigDecimal> running = new TreeMap<>();
        boolean fits = true;
        for (Candidate candidate : ordered) {
            SortedMap<Integer, BigDecimal> own = asked.getOrDefault(candidate.id(), new TreeMap<>());
            own.forEach((year, amount) -> running.merge(year, amount, BigDecimal::add));
            fits = fits && own.keySet().stream()
                    .allMatch(year -> running.get(year).compareTo(available.getOrDefault(year, BigDecimal.ZERO)) <= 0);
            rows.add(new Ranking.Row(rows.size() + 1, candidate.id(), candidate.reference(), candidate.title(),
                    candidate.organisation(), candidate.score(), candidate.receivedAt(), own, running,
                    fits ? Ranking.Proposal.GRANT : Ranking.Proposal.DOES_NOT_FIT));
        }
        return new Ranking(callId, call.titleNl(), call.titleEn(), call.closeDate(),
                closed(call.status(), call.rollingIntake(), call.closeDate(), today()), available, rows);
    }

    /** The authority's calls that allocate by ranking and have closed, last closed first, with how many applications wait. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public List<RankingCallItem> rankingCalls() {
        LocalDate today = today();
        List<CallListItem> closed = calls.callsOfMyAuthority().stream()
                .filter(call -> call.allocationMethod() == AllocationMethod.RANKING && call.status() != CallStatus.DRAFT)
                .filter(call -> closed(call.status(), call.rollingIntake(), call.closeDate(), today))
                .toList();
        if (closed.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> waiting = new HashMap<>();
        jdbc.sql("""
                        select call_id, count(*) as waiting from work_queue_row
                        where call_id in (:ids) and status = 'AWAITING_DECISION' group by call_id""")
                .param("ids", closed.stream().map(CallListItem::id).toList())
                .query((rs, row) -> waiting.put(rs.getLong("call_id"), rs.getLong("waiting"))).list();
        return closed.stream()
                .sorted(Comparator.comparing(CallListItem::closeDate, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(CallListItem::id))
                .map(call -> new RankingCallItem(call.id(), call.titleNl(), call.titleEn(), call.closeDate(),
                        waiting.getOrDefault(call.id(), 0L)))
                .toList();
    }

    /** Best score first; on equal scores the earlier receipt; never-scored applications last. */
    static final Comparator<Candidate> ORDER = Comparator
            .comparing(Candidate::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Candidate::receivedAt)
            .thenComparingLong(Candidate::id);

    record Candidate(long id, String reference, String title, String organisation, Instant receivedAt, BigDecimal score) {
    }

    /** A call is closed once closed by hand, or once its closing date has passed. */
    static boolean closed(CallStatus status, boolean rollingIntake, LocalDate closeDate, LocalDate today) {
        return status == CallStatus.CLOSED || (!rollingIntake && closeDate != null && closeDate.isBefore(today));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
