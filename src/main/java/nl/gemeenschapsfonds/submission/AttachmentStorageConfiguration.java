package nl.gemeenschapsfonds.submission;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

/** Chooses where attachment content is kept: {@code app.attachments.storage=database} (default) or {@code folder}. */
@Configuration(proxyBeanMethods = false)
class AttachmentStorageConfiguration {

    @Bean
    AttachmentStore attachmentStore(@Value("${app.attachments.storage:database}") String storage,
                                    @Value("${app.attachments.folder:}") String folder, JdbcClient jdbc) {
        return switch (storage) {
            case "database" -> new DatabaseAttachmentStore(jdbc);
            case "folder" -> {
                if (folder.isBlank()) {
                    throw new IllegalStateException("app.attachments.storage=folder needs app.attachments.folder");
                }
                yield new FolderAttachmentStore(Path.of(folder));
            }
            default -> throw new IllegalStateException(
                    "app.attachments.storage must be 'database' or 'folder', not '" + storage + "'");
        };
    }
}
