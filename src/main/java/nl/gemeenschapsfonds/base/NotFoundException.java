package nl.gemeenschapsfonds.base;

/**
 * The object does not exist or is outside the signed-in user's scope. Both cases give the same
 * answer, so an id reveals nothing about other authorities' or organisations' data.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
