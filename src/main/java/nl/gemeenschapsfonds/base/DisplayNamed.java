package nl.gemeenschapsfonds.base;

/** Something with a name to show a person, such as the signed-in user in the layout. */
public interface DisplayNamed {

    String displayName();
}
