package nl.gemeenschapsfonds.submission;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The attachments step at a glance: the files, the required kinds still missing, and whether the
 * applicant may still add and remove files (only while the application is a draft or a supplement is asked).
 */
public record AttachmentsOverview(List<AttachmentListItem> attachments, Set<AttachmentKind> missingRequired,
                                  boolean editable) {

    public AttachmentsOverview {
        attachments = List.copyOf(attachments);
        missingRequired = missingRequired.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(missingRequired));
    }
}
