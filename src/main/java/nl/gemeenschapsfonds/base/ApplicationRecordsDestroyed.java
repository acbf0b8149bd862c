package nl.gemeenschapsfonds.base;

/**
 * The records of a closed application are destroyed (issue 17, docs/adr/0024-retention-and-destruction.md): two
 * administrators approved the destruction list that holds it. Published by the records module inside the approving
 * transaction, once per application; every module that holds personal data of the application deletes it in its own
 * listener, in that transaction, and keeps the reference, call, amounts, dates and outcome. It lives in the shared
 * kernel because every module listens to it while the records module reads those modules: the event in records would
 * make a cycle.
 *
 * @param applicationId the application whose personal data goes
 * @param reference     its reference (kept everywhere; mails and audit texts are found by it)
 * @param listId        the destruction list that was approved
 */
public record ApplicationRecordsDestroyed(long applicationId, String reference, long listId) {
}
