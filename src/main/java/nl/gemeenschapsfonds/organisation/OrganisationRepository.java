package nl.gemeenschapsfonds.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByKvkNumberAndIdNot(String kvkNumber, Long id);

    Optional<Organisation> findByKvkNumber(String kvkNumber);
}
