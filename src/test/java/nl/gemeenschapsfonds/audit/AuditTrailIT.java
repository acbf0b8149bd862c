package nl.gemeenschapsfonds.audit;

import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditTrailIT {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    private long recordOne(String objectId) {
        return transaction.execute(status ->
                auditTrail.record("TEST_ACTION", "Test", objectId, "before", "after", "because").getId());
    }

    @Test
    void an_entry_records_who_did_what_with_before_and_after() {
        String objectId = UUID.randomUUID().toString().substring(0, 12);
        long id = recordOne(objectId);
        var row = jdbc.sql("select actor, action, object_type, object_id, before_state, after_state, reason from audit_entry where id = ?")
                .param(id).query().singleRow();
        assertThat(row).containsEntry("actor", "system").containsEntry("action", "TEST_ACTION")
                .containsEntry("object_id", objectId).containsEntry("before_state", "before")
                .containsEntry("after_state", "after").containsEntry("reason", "because");
    }

    @Test
    void the_database_refuses_to_update_an_audit_entry() {
        long id = recordOne("upd");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThat(jdbc.sql("select actor from audit_entry where id = ?").param(id).query(String.class).single())
                .isEqualTo("system");
    }

    @Test
    void the_database_refuses_to_delete_or_truncate_audit_entries() {
        long id = recordOne("del");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThat(jdbc.sql("select count(*) from audit_entry where id = ?").param(id).query(Long.class).single()).isOne();
    }

    @Test
    void an_entry_can_only_be_written_inside_the_transaction_of_the_change_it_records() {
        assertThatThrownBy(() -> auditTrail.record("X", "Test", 1, null, "after", null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
