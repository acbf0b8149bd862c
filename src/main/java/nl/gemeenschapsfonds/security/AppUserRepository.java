package nl.gemeenschapsfonds.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where lower(u.email) = lower(?1)")
    Optional<AppUser> findByEmail(String email);

    boolean existsByRole(Role role);

    @Query("""
            select u from AppUser u where lower(u.email) like lower(concat('%', ?1, '%'))
               or lower(u.displayName) like lower(concat('%', ?1, '%')) order by u.displayName, u.id""")
    List<AppUser> findMatching(String text, org.springframework.data.domain.Limit limit);

    List<AppUser> findByEnabledTrueAndAuthorityIdNotNullOrderById();

    List<AppUser> findByOrganisationIdOrderByDisplayNameAscEmailAsc(Long organisationId);

    List<AppUser> findByFunderIdOrderByDisplayNameAscEmailAsc(Long funderId);

    List<AppUser> findByAuthorityIdAndRoleAndEnabledTrueOrderByEmailAsc(Long authorityId, Role role);

    List<AppUser> findByAuthorityIdAndRoleAndEnabledTrueOrderByDisplayNameAscEmailAsc(Long authorityId, Role role);
}
