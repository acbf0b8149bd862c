package nl.gemeenschapsfonds.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface FunderRepository extends JpaRepository<Funder, Long> {

    @Query("select f from Funder f order by lower(f.name)")
    List<Funder> allByName();

    List<Funder> findByRegistrationOrderByRegisteredAtAscIdAsc(FunderRegistration registration);

    @Query("select count(f) > 0 from Funder f where lower(f.name) = lower(?1) and f.id <> ?2")
    boolean nameTaken(String name, long exceptId);

    @Query("select count(f) > 0 from Funder f where f.kvkNumber = ?1 and f.id <> ?2")
    boolean kvkTaken(String kvkNumber, long exceptId);
}
