package nl.gemeenschapsfonds.security;

/**
 * A person's account was erased (issue 17, AVG art. 17): it now carries {@code pseudonym} instead of their name and
 * {@code pseudonymEmail} instead of their address. Published in the erasing transaction; each module that keeps
 * records about the person which must stay (applications under retention, the audit trail) replaces the old name
 * and address with the pseudonym in its own tables, in the same transaction. The event is the only place the old
 * values pass; nothing stores it.
 */
public record AccountErased(long userId, String formerEmail, String formerName, String pseudonym, String pseudonymEmail) {
}
