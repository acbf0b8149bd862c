package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
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

    default Funder require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Funder", id));
    }

    /**
     * Saves a funder whose name and KvK number were found free; another one stored with the same at the same moment
     * is told at the field, as when it was there before, instead of failing on the database's unique index.
     */
    default Funder stored(Funder funder) {
        try {
            return saveAndFlush(funder);
        } catch (DataIntegrityViolationException taken) {
            String message = String.valueOf(taken.getMostSpecificCause().getMessage());
            if (message.contains("funder_name_uq")) {
                throw new InvalidInputException("name", "funders.validation.nameTaken");
            }
            if (message.contains("funder_kvk_uq")) {
                throw new InvalidInputException("kvkNumber", "funders.validation.kvkTaken");
            }
            throw taken;
        }
    }
}
