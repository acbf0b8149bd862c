package nl.gemeenschapsfonds.submission;

import java.util.UUID;

/**
 * Where the bytes of attachments are kept, under their random storage key: in the attachment's
 * table row (the default) or in a folder ({@code app.attachments.storage=folder} with
 * {@code app.attachments.folder}). Called inside the transaction that writes the attachment's row.
 */
interface AttachmentStore {

    /** Keeps the content of the attachment whose row was just inserted. */
    void put(UUID key, byte[] content);

    byte[] get(UUID key);

    /** The attachment's row was deleted in this transaction: its content goes when that commits. */
    void remove(UUID key);
}
