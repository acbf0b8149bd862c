package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.security.ScopeException;

/** The signed-in funder user's funder is not active (waiting for an administrator, rejected or switched off). */
public class FunderNotActiveException extends ScopeException {

    public FunderNotActiveException(long funderId) {
        super("Funder " + funderId + " is not active");
    }
}
