package nl.gemeenschapsfonds.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in user has not confirmed their e-mail address yet, and the action needs it
 * (submitting an application). Show the text of the translation key {@code email.notConfirmed}.
 */
public class EmailNotConfirmedException extends AccessDeniedException {

    public EmailNotConfirmedException(String email) {
        super("The e-mail address of " + email + " is not confirmed yet");
    }
}
