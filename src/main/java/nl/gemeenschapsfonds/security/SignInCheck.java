package nl.gemeenschapsfonds.security;

/**
 * A feature's say in whether an account may sign in, beyond its own flags: a funder that an
 * administrator has not activated (or has switched off) keeps its users out. Security asks every
 * bean of this type and knows nothing of the features that implement it. A refusal looks like a
 * wrong password to the person signing in, so the sign-in page tells nobody which accounts exist.
 */
public interface SignInCheck {

    /** Whether this user may sign in now. */
    boolean allows(SignedInUser user);
}
