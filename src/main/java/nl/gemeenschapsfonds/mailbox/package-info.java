/**
 * The administrator's dev mailbox: the mails of the embedded default ({@code app.mail.mode=log}),
 * which go to the log and to memory instead of a mail server. A package of its own because it
 * needs both {@code base} (the mailbox) and {@code security} (the ADMIN role), and {@code base}
 * must not use {@code security}.
 */
package nl.gemeenschapsfonds.mailbox;
