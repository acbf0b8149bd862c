package nl.gemeenschapsfonds.audit;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Insert and read only: this repository has no update or delete methods on purpose. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByObjectTypeAndObjectIdOrderByOccurredAtAscIdAsc(String objectType, String objectId);
}
