package nl.gemeenschapsfonds.security;

/** A principal that carries the account it signed in as: by password ({@link AppUserPrincipal}) or through OIDC ({@link OidcAppUser}). */
interface SignedInPrincipal {

    SignedInUser user();
}
