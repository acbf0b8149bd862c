package nl.gemeenschapsfonds.submission;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachments in a folder: named by their key only, and in step with the transaction of their row. */
class FolderAttachmentStoreTest {

    @TempDir
    Path folder;

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static void complete(int status) {
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(), status);
        TransactionSynchronizationManager.clearSynchronization();
    }

    private Stream<String> files() throws IOException {
        return Files.list(folder).map(path -> path.getFileName().toString());
    }

    @Test
    void a_file_is_kept_under_its_key_and_read_back() throws IOException {
        FolderAttachmentStore store = new FolderAttachmentStore(folder);
        UUID key = UUID.randomUUID();

        TransactionSynchronizationManager.initSynchronization();
        store.put(key, new byte[]{1, 2, 3});
        complete(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(store.get(key)).containsExactly(1, 2, 3);
        assertThat(files()).containsExactly(key.toString());
    }

    @Test
    void the_file_of_a_row_that_was_rolled_back_is_removed() throws IOException {
        FolderAttachmentStore store = new FolderAttachmentStore(folder);

        TransactionSynchronizationManager.initSynchronization();
        store.put(UUID.randomUUID(), new byte[]{1});
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(files()).isEmpty();
    }

    @Test
    void a_deleted_attachment_keeps_its_file_until_the_delete_commits() throws IOException {
        FolderAttachmentStore store = new FolderAttachmentStore(folder);
        UUID key = UUID.randomUUID();
        store.put(key, new byte[]{1});

        TransactionSynchronizationManager.initSynchronization();
        store.remove(key);
        assertThat(files()).containsExactly(key.toString());
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(files()).as("the delete was rolled back").containsExactly(key.toString());

        TransactionSynchronizationManager.initSynchronization();
        store.remove(key);
        complete(TransactionSynchronization.STATUS_COMMITTED);
        assertThat(files()).isEmpty();
    }
}
