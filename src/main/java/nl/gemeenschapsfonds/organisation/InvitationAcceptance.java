package nl.gemeenschapsfonds.organisation;

import java.util.Locale;

/** What an invited colleague enters to accept: their name and the password twice. */
public record InvitationAcceptance(String displayName, String password, String passwordRepeat, Locale locale) {

    public InvitationAcceptance {
        displayName = displayName == null ? "" : displayName.strip();
        locale = locale == null ? Locale.of("nl", "NL") : locale;
    }
}
