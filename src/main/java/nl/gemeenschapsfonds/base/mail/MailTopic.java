package nl.gemeenschapsfonds.base.mail;

/**
 * The kinds of optional mail a user can switch off (issue 17): everything else is required and always sent.
 * {@link MailKinds} says which mail belongs to which topic.
 */
public enum MailTopic {
    /** Automatic reminders of a report that is due or a term that nears, and staff's daily decision-deadline list. */
    REMINDERS,
    /** Staff's weekly list of new applications and the deadlines of the week. */
    WEEKLY_DIGEST,
    /** News about pledges that needs no action: made, money received, receipt verified. */
    PLEDGE_UPDATES
}
