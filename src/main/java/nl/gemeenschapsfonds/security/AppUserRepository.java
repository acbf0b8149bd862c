package nl.gemeenschapsfonds.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where lower(u.email) = lower(?1)")
    Optional<AppUser> findByEmail(String email);

    boolean existsByRole(Role role);

    List<AppUser> findByOrganisationIdOrderByDisplayNameAscEmailAsc(Long organisationId);

    List<AppUser> findByFunderIdOrderByDisplayNameAscEmailAsc(Long funderId);

    List<AppUser> findByAuthorityIdAndRoleAndEnabledTrueOrderByDisplayNameAscEmailAsc(Long authorityId, Role role);
}
