package nl.gemeenschapsfonds.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByKvkNumberAndIdNot(String kvkNumber, Long id);
}
