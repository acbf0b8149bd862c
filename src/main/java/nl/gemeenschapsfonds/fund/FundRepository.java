package nl.gemeenschapsfonds.fund;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FundRepository extends JpaRepository<Fund, Long> {

    List<Fund> findByAuthorityIdOrderByName(long authorityId);

    boolean existsByAuthorityIdAndNameIgnoreCaseAndIdNot(long authorityId, String name, long id);
}
