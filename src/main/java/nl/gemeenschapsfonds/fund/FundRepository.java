package nl.gemeenschapsfonds.fund;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FundRepository extends JpaRepository<Fund, Long> {

    List<Fund> findByAuthorityIdOrderByName(long authorityId);

    boolean existsByAuthorityIdAndNameIgnoreCaseAndIdNot(long authorityId, String name, long id);

    /** The legal name of an authority: the name its bank account is held in. */
    @org.springframework.data.jpa.repository.Query(value = "select name from authority where id = ?1", nativeQuery = true)
    String authorityName(long authorityId);
}
