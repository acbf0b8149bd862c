package nl.gemeenschapsfonds.submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code attachment} table, without the content (see {@link AttachmentStore}). */
@Repository
class AttachmentTable {

    private static final String COLUMNS = "id, storage_key, kind, file_name, content_type, size_bytes, uploaded_at";

    private final JdbcClient jdbc;

    AttachmentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One attachment's row, with the key its content is stored under. */
    record Row(long id, UUID storageKey, AttachmentKind kind, String fileName, String contentType, long sizeBytes,
               Instant uploadedAt) {

        AttachmentListItem toListItem() {
            return new AttachmentListItem(id, kind, fileName, contentType, sizeBytes, uploadedAt);
        }
    }

    /**
     * Locks the application's row against a concurrent change of its status (submitting it) until
     * this transaction ends, so an attachment cannot slip in after the application was submitted.
     */
    void lockApplication(long applicationId) {
        jdbc.sql("select id from grant_application where id = ? for share").param(applicationId).query(Long.class).optional();
    }

    long insert(UUID storageKey, long applicationId, AttachmentKind kind, String fileName, String contentType,
                long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
        return jdbc.sql("""
                        insert into attachment (storage_key, application_id, kind, file_name, content_type, size_bytes, sha256,
                            uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(storageKey, applicationId, kind.name(), fileName, contentType, sizeBytes, sha256, uploadedBy,
                        Timestamp.from(uploadedAt))
                .query(Long.class).single();
    }

    List<Row> list(long applicationId) {
        return jdbc.sql("select " + COLUMNS + " from attachment where application_id = ? order by uploaded_at, id")
                .param(applicationId).query(AttachmentTable::row).list();
    }

    Optional<Row> find(long applicationId, long attachmentId) {
        return jdbc.sql("select " + COLUMNS + " from attachment where id = ? and application_id = ?")
                .params(attachmentId, applicationId).query(AttachmentTable::row).optional();
    }

    /** Deletes the attachment and answers its row, or empty when the application has no such attachment. */
    Optional<Row> delete(long applicationId, long attachmentId) {
        return jdbc.sql("delete from attachment where id = ? and application_id = ? returning " + COLUMNS)
                .params(attachmentId, applicationId).query(AttachmentTable::row).optional();
    }

    record Usage(int count, long totalBytes) {
    }

    /** How many files an application has and their total size. */
    Usage usage(long applicationId) {
        return jdbc.sql("select count(*) as n, coalesce(sum(size_bytes), 0) as total from attachment where application_id = ?")
                .param(applicationId).query((rs, row) -> new Usage(rs.getInt("n"), rs.getLong("total"))).single();
    }

    Set<AttachmentKind> kindsPresent(long applicationId) {
        Set<AttachmentKind> kinds = EnumSet.noneOf(AttachmentKind.class);
        jdbc.sql("select distinct kind from attachment where application_id = ?").param(applicationId)
                .query(String.class).list().forEach(kind -> kinds.add(AttachmentKind.valueOf(kind)));
        return kinds;
    }

    /**
     * Whether staff of this authority may see the application: its call belongs to a fund of the
     * authority, and the applicant has submitted it (a draft is the applicant's own until then).
     */
    boolean visibleToAuthority(long applicationId, long authorityId) {
        return jdbc.sql("select count(*) from application_authority where application_id = ? and authority_id = ?")
                .params(applicationId, authorityId).query(Long.class).single() > 0;
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getLong("id"), rs.getObject("storage_key", UUID.class), AttachmentKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
