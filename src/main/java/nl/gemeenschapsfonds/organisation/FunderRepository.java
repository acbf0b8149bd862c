package nl.gemeenschapsfonds.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface FunderRepository extends JpaRepository<Funder, Long> {

    @Query("select f from Funder f order by lower(f.name)")
    List<Funder> allByName();

    List<Funder> findByRegistrationOrderByRegisteredAtAscIdAsc(FunderRegistration registration);

    /** A rejected registration does not hold on to its name (V15). */
    @Query("""
            select count(f) > 0 from Funder f where lower(f.name) = lower(?1) and f.id <> ?2
              and f.registration <> nl.gemeenschapsfonds.organisation.FunderRegistration.REJECTED""")
    boolean nameTaken(String name, long exceptId);

    @Query("select count(f) > 0 from Funder f where f.kvkNumber = ?1 and f.id <> ?2")
    boolean kvkTaken(String kvkNumber, long exceptId);
}
