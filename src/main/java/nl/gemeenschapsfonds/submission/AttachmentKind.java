package nl.gemeenschapsfonds.submission;

import java.util.List;

/** What an attachment is. {@link #REQUIRED} lists the kinds an application cannot be submitted without. */
public enum AttachmentKind {
    BUDGET, STATUTES, KVK_EXTRACT, QUOTE, PLAN, OTHER;

    /** Every application needs a budget, the statutes and a recent extract from the KvK. */
    public static final List<AttachmentKind> REQUIRED = List.of(BUDGET, STATUTES, KVK_EXTRACT);
}
