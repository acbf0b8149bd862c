package nl.gemeenschapsfonds.submission;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.ApplicationRecordsDestroyed;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 item 2 with attachments in the folder storage (app.attachments.storage=folder): destroying an application's
 * records removes its files from the folder once the transaction commits, and no other file.
 */
@IntegrationTest
class SubmissionRecordsDestructionIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @TempDir
    Path folder;

    @Test
    void destroying_the_records_removes_the_attachment_files_from_the_folder_after_commit() throws Exception {
        TestAuthorities.Staff staff = authorities.newAuthority("Gemeente Map");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        long id = applications.submitted(authorities.newApplicant("Vereniging Map"), call, Map.of(2027, amount("3000")));
        List<UUID> keys = jdbc.sql("select storage_key from attachment where application_id = ?").param(id).query(UUID.class).list();
        assertThat(keys).isNotEmpty();
        FolderAttachmentStore store = new FolderAttachmentStore(folder);
        UUID other = UUID.randomUUID();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            keys.forEach(key -> store.put(key, new byte[]{1, 2, 3}));
            store.put(other, new byte[]{4});
        });
        assertThat(files()).hasSize(keys.size() + 1);

        transaction.executeWithoutResult(status -> new SubmissionRecordsDestruction(jdbc, store)
                .on(new ApplicationRecordsDestroyed(id, "GF-0000-000000", 0)));

        assertThat(files()).containsExactly(other.toString());
        assertThat(jdbc.sql("select count(*) from attachment where application_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from grant_application where id = ? and submitted_by is null").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    private List<String> files() throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).toList();
        }
    }
}
