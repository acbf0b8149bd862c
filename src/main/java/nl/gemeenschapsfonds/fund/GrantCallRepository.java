package nl.gemeenschapsfonds.fund;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface GrantCallRepository extends JpaRepository<GrantCall, Long> {

    @Query("select c from GrantCall c, Fund f where f.id = c.fundId and f.authorityId = ?1 order by c.openDate desc nulls last, c.id")
    List<GrantCall> findByAuthority(long authorityId);

    @Query("select c from GrantCall c where c.status = nl.gemeenschapsfonds.fund.CallStatus.PUBLISHED order by c.closeDate asc nulls last, c.id")
    List<GrantCall> findPublished();

    @Query("select c from GrantCall c where c.status <> nl.gemeenschapsfonds.fund.CallStatus.DRAFT order by c.status desc, c.closeDate asc nulls last, c.id")
    List<GrantCall> findPublishedOrClosed();
}
