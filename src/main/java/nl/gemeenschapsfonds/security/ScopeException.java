package nl.gemeenschapsfonds.security;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in user's role allows the action, but not on this authority's, organisation's or funder's data. */
public class ScopeException extends AccessDeniedException {

    public ScopeException(String message) {
        super(message);
    }
}
