/**
 * A person's rights under the AVG (issue 17 items 3 and 4, docs/adr/0025-inzage-erasure-mail-preferences.md): the ZIP
 * of everything the application holds about a person (inzage, art. 15), collected from every module's
 * {@link nl.gemeenschapsfonds.security.PersonalDataSource}, and the erasure of a person (art. 17), which pseudonymises
 * their account and lets the modules that must keep records put the pseudonym in them. The mail preferences
 * (item 5) are the {@code mailbox} module's.
 */
package nl.gemeenschapsfonds.privacy;
