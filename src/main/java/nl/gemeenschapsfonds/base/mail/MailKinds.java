package nl.gemeenschapsfonds.base.mail;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Which mails are required and which a user may switch off (issue 17, docs/adr/0025-inzage-erasure-mail-preferences.md):
 * every kind of mail the application sends, named by its subject's translation key, in one place. A required mail is
 * sent whatever the user chose: receipts, decisions and everything the Awb or the grant attaches a term or a legal
 * effect to (requests with a deadline, objections, settlements, payments), and the account's own security mails
 * (the user asked for them, or must know of them). An optional mail belongs to a {@link MailTopic}, carries a link that
 * switches its topic off, and is not sent once its recipient did.
 *
 * <p>A new kind of mail adds its subject key here; {@code MailKindsTest} fails until it does.
 */
public final class MailKinds {

    /** The class of a mail kind: required (no topic) or optional (its topic). */
    public record Class(Optional<MailTopic> topic, String why) {

        static Class required(String why) {
            return new Class(Optional.empty(), why);
        }

        static Class optional(MailTopic topic, String why) {
            return new Class(Optional.of(topic), why);
        }

        public boolean required() {
            return topic.isEmpty();
        }
    }

    private static final String ACCOUNT = "about the account itself: the user asked for it or must know of it";

    /** Every mail kind by its subject key. */
    static final Map<String, Class> KINDS = Map.ofEntries(
            // submission and review: the Awb procedure
            entry("receipt.mail.subject", Class.required("receipt of an application (Awb 4:3a, the decision term starts)")),
            entry("mail.supplement.subject", Class.required("request to supplement with a repair term (Awb 4:5)")),
            entry("mail.notConsidered.subject", Class.required("decision not to consider the application (Awb 4:5)")),
            entry("mail.extension.subject", Class.required("notice of a postponed decision (Awb 4:14)")),
            entry("mail.decision.subject", Class.required("the decision (Awb 3:41)")),
            entry("mail.objection.received.subject", Class.required("receipt of an objection (Awb 6:14)")),
            entry("mail.objection.decided.subject", Class.required("the decision on an objection (Awb 7:12)")),
            entry("reminder.mail.subject", Class.optional(MailTopic.REMINDERS,
                    "staff's daily list of decision deadlines; the work queue shows the same")),
            entry("digest.mail.subject", Class.optional(MailTopic.WEEKLY_DIGEST, "staff's weekly overview")),
            // co-financing
            entry("pledge.mail.pledged.subject", Class.optional(MailTopic.PLEDGE_UPDATES, "news, no action needed")),
            entry("pledge.mail.confirmed.subject", Class.required(
                    "a confirmed pledge can fulfil the grant's co-financing condition with a date")),
            entry("pledge.mail.withdrawn.subject", Class.required(
                    "a withdrawn pledge can break the grant's co-financing condition with a date")),
            entry("pledge.mail.receiptConfirmed.subject", Class.optional(MailTopic.PLEDGE_UPDATES, "news, no action needed")),
            entry("pledge.mail.received.subject", Class.optional(MailTopic.PLEDGE_UPDATES, "news, no action needed")),
            entry("pledge.mail.verified.subject", Class.optional(MailTopic.PLEDGE_UPDATES, "news, no action needed")),
            // reports, settlement, payment
            entry("report.mail.reminder.subject", Class.optional(MailTopic.REMINDERS,
                    "an automatic reminder; the obligation and its date were in the decision")),
            entry("report.mail.moreReminder.subject", Class.optional(MailTopic.REMINDERS,
                    "an automatic reminder of a term the request for more already set")),
            entry("report.mail.accepted.subject", Class.required("the report was accepted: part of the settlement")),
            entry("report.mail.more.subject", Class.required("a request for more with a term")),
            entry("report.mail.late.subject", Class.required("a late report with a new term (Awb 4:15)")),
            entry("settlement.mail.subject", Class.required("the settlement decision (Awb 4:44)")),
            entry("mail.paid.subject", Class.required("a payment of the grant was made")),
            entry("mail.advancesCancelled.subject", Class.required(
                    "finance must know that a settlement cancelled advances it may be about to pay")),
            entry("mail.conditionShort.subject", Class.required(
                    "the decision maker must act: a receipt left a dated co-financing condition short after its date")),
            // accounts and organisations
            entry("mail.confirm.subject", Class.required(ACCOUNT)),
            entry("mail.alreadyRegistered.subject", Class.required(ACCOUNT)),
            entry("mail.invitation.subject", Class.required(ACCOUNT)),
            entry("mail.invitationExisting.subject", Class.required(ACCOUNT)),
            entry("mail.funderRegistered.subject", Class.required(ACCOUNT)),
            entry("mail.funderActivated.subject", Class.required(ACCOUNT)),
            entry("mail.funderRejected.subject", Class.required(ACCOUNT)),
            entry("mail.funderInvitation.subject", Class.required(ACCOUNT)),
            entry("signin.mail.failures.subject", Class.required(ACCOUNT)),
            entry("signin.mail.locked.subject", Class.required(ACCOUNT)),
            entry("reset.mail.subject", Class.required(ACCOUNT)),
            entry("account.mail.passwordChanged.subject", Class.required(ACCOUNT)),
            entry("account.mail.confirmEmail.subject", Class.required(ACCOUNT)),
            entry("account.mail.emailChanged.subject", Class.required(ACCOUNT)),
            entry("secondFactor.mail.reset.subject", Class.required(ACCOUNT)));

    private MailKinds() {
    }

    /**
     * The topic of an optional kind; empty for a required kind, a mail without a kind and a kind not listed here
     * (when in doubt a mail is sent).
     */
    public static Optional<MailTopic> topicOf(String kind) {
        return kind == null || !KINDS.containsKey(kind) ? Optional.empty() : KINDS.get(kind).topic();
    }

    /** The classification of a kind, for the documentation and the tests. */
    public static Optional<Class> classOf(String kind) {
        return Optional.ofNullable(KINDS.get(kind));
    }

    /** Every kind listed. */
    public static Set<String> kinds() {
        return KINDS.keySet();
    }
}
