package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/**
 * Attachments in PostgreSQL, in the {@code content} column of their own row: one backup holds
 * everything, and a deleted application takes its files along (on delete cascade).
 */
class DatabaseAttachmentStore implements AttachmentStore {

    private final JdbcClient jdbc;

    DatabaseAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(UUID key, byte[] content) {
        jdbc.sql("update attachment set content = ? where storage_key = ?").params(content, key).update();
    }

    @Override
    public byte[] get(UUID key) {
        return jdbc.sql("select content from attachment where storage_key = ? and content is not null").param(key)
                .query(byte[].class).optional().orElseThrow(() -> new NotFoundException("Attachment content", key));
    }

    @Override
    public void remove(UUID key) {
        // the content went with its row
    }
}
