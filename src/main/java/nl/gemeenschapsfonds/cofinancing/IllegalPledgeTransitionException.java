package nl.gemeenschapsfonds.cofinancing;

/** A step in a pledge's life that its current state does not allow, such as withdrawing money already received. */
public class IllegalPledgeTransitionException extends RuntimeException {

    private final PledgeStatus status;
    private final String action;

    public IllegalPledgeTransitionException(String action, PledgeStatus status) {
        super("Cannot " + action + " a pledge that is " + status);
        this.action = action;
        this.status = status;
    }

    public PledgeStatus status() {
        return status;
    }

    public String action() {
        return action;
    }
}
