package nl.gemeenschapsfonds.submission;

/** A workflow step that the application's current state does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final ApplicationStatus status;

    public IllegalTransitionException(String action, ApplicationStatus status) {
        super("Cannot " + action + " an application that is " + status);
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }
}
