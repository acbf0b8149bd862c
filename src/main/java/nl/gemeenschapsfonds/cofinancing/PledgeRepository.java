package nl.gemeenschapsfonds.cofinancing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.util.List;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

    List<Pledge> findByApplicationIdOrderByYearAscIdAsc(long applicationId);

    List<Pledge> findByApplicationIdAndFunderIdOrderByYearAscIdAsc(long applicationId, long funderId);

    List<Pledge> findByFunderIdOrderByApplicationIdAscYearAscIdAsc(long funderId);

    boolean existsByApplicationIdAndFunderId(long applicationId, long funderId);

    /** The pledges that are not withdrawn, summed per application. */
    @Query("""
            select p.applicationId, sum(p.amount) from Pledge p
            where p.applicationId in ?1 and p.status <> nl.gemeenschapsfonds.cofinancing.PledgeStatus.WITHDRAWN
            group by p.applicationId""")
    List<Object[]> activeTotals(List<Long> applicationIds);

    /** Per application and year: what the confirmed (received, verified) pledges bring, the amount received where it arrived. */
    @Query("""
            select p.applicationId, p.year, sum(coalesce(p.receivedAmount, p.amount)) from Pledge p
            where p.applicationId in ?1 and p.status in ?2
            group by p.applicationId, p.year""")
    List<Object[]> confirmedPerYear(List<Long> applicationIds, java.util.Collection<PledgeStatus> states);

    default BigDecimal activeTotal(long applicationId) {
        return activeTotals(List.of(applicationId)).stream().map(row -> (BigDecimal) row[1]).findFirst().orElse(BigDecimal.ZERO);
    }

    /** Per call and year: number and sum of the pledges waiting for confirmation on applications of this authority. */
    @Query("""
            select s.callId, p.year, count(p), sum(p.amount)
            from Pledge p, nl.gemeenschapsfonds.submission.ApplicationAuthority s
            where s.applicationId = p.applicationId and s.authorityId = ?1
              and p.status = nl.gemeenschapsfonds.cofinancing.PledgeStatus.PLEDGED
            group by s.callId, p.year""")
    List<Object[]> pendingInAuthority(long authorityId);
}
