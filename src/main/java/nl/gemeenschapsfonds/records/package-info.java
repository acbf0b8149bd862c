/**
 * Records management (issue 17 items 1 and 2, docs/adr/0024-retention-and-destruction.md): the retention term per
 * fund and outcome, the destruction date of every closed application, legal holds, and the destruction list that one
 * administrator confirms and another approves. The records module deletes nothing of another module itself: its
 * approval publishes {@link nl.gemeenschapsfonds.base.ApplicationRecordsDestroyed} and each module deletes its own.
 */
package nl.gemeenschapsfonds.records;
