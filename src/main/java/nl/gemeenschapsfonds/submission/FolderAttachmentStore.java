package nl.gemeenschapsfonds.submission;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Attachments as files in a folder, each named after its random storage key (never after the name
 * the applicant gave), so no file name can reach outside the folder. A file is written before its
 * row commits and removed again when the transaction rolls back; a deleted attachment's file goes
 * once the delete has committed.
 */
class FolderAttachmentStore implements AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(FolderAttachmentStore.class);

    private final Path folder;

    FolderAttachmentStore(Path folder) {
        try {
            this.folder = Files.createDirectories(folder).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the attachments folder " + folder, e);
        }
    }

    @Override
    public void put(UUID key, byte[] content) {
        Path file = file(key);
        try {
            Path partial = Files.createTempFile(folder, key.toString(), ".part");
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store attachment " + key, e);
        }
        afterCompletion(false, () -> deleteQuietly(file));
    }

    @Override
    public byte[] get(UUID key) {
        try {
            return Files.readAllBytes(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attachment " + key, e);
        }
    }

    @Override
    public void remove(UUID key) {
        Path file = file(key);
        afterCompletion(true, () -> deleteQuietly(file));
    }

    private Path file(UUID key) {
        return folder.resolve(key.toString());
    }

    /** Runs {@code action} when the transaction commits ({@code onCommit}) or rolls back; at once when there is none. */
    private static void afterCompletion(boolean onCommit, Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (onCommit) {
                action.run();
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == (onCommit ? STATUS_COMMITTED : STATUS_ROLLED_BACK)) {
                    action.run();
                }
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete attachment file {}: {}", file, e.toString());
        }
    }
}
