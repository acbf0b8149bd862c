package nl.gemeenschapsfonds.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Why a person who proved who they are at their identity provider still does not get in. The code goes
 * to the "no access" page ({@code /no-access?reason=<code>}), which explains it in the user's language.
 */
final class OidcRefusal extends OAuth2AuthenticationException {

    enum Reason {
        /** The claims map to no role of this registration. */
        NO_ROLE("no-role"),
        /** The linked account works for another authority, or is not a staff account. */
        OTHER_AUTHORITY("other-authority"),
        /** The provider did not sign the person in strongly enough (acr/amr). */
        ASSURANCE("assurance"),
        /** The e-mail address already belongs to an account this sign-in may not take over. */
        EMAIL_TAKEN("email-taken"),
        /** The token carries no usable e-mail address, needed for a new account. */
        NO_EMAIL("no-email"),
        /** eHerkenning for an organisation that has not registered here yet. */
        UNKNOWN_ORGANISATION("unknown-organisation"),
        /** The linked account belongs to an organisation with another KvK number. */
        OTHER_ORGANISATION("other-organisation"),
        /** DigiD for a person not linked to an account yet. */
        NOT_LINKED("not-linked"),
        /** The account is switched off. */
        DISABLED("disabled"),
        /** A setting of the installation is wrong (an unknown authority code, a BSN where a pseudonym belongs). */
        CONFIGURATION("configuration");

        final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final Reason reason;

    OidcRefusal(Reason reason, String detail) {
        super(new OAuth2Error("access_denied", reason.code + ": " + detail, null));
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
