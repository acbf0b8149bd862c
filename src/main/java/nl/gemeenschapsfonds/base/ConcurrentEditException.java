package nl.gemeenschapsfonds.base;

/** Someone else saved the same object since this user opened it; their input must stay on screen. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else");
    }
}
