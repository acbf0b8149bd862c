package nl.gemeenschapsfonds.mailbox;

/** An unsubscribe link that was changed or made up, or whose account is gone: nothing was switched off. */
public class UnsubscribeRefusedException extends RuntimeException {

    public UnsubscribeRefusedException() {
        super("Unsubscribe link refused");
    }
}
