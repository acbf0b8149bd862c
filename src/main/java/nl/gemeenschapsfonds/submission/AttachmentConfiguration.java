package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.security.SignedInRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

/**
 * Where attachment content is kept ({@code app.attachments.storage=database}, the default, or
 * {@code folder}), and the download path that signed-in users may request.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

    /** Past the security filter chain for signed-in users; the service decides whose file it is. */
    @Bean
    SignedInRequests attachmentDownloads() {
        return SignedInRequests.of(AttachmentDownloadController.PATTERN);
    }

    @Bean
    AttachmentLimits attachmentLimits(
            @Value("${app.attachments.max-bytes:" + AttachmentLimits.DEFAULT_MAX_BYTES + "}") long maxBytes,
            @Value("${app.attachments.max-per-application:30}") int maxPerApplication,
            @Value("${app.attachments.max-total-bytes:104857600}") long maxTotalBytes) {
        return new AttachmentLimits(maxBytes, maxPerApplication, maxTotalBytes);
    }

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
