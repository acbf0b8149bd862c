package nl.gemeenschapsfonds.payment;

/** A payment step that the payment's current status (or its batch) does not allow. */
public class PaymentTransitionException extends RuntimeException {

    private final String reference;
    private final PaymentStatus status;

    public PaymentTransitionException(String action, String reference, PaymentStatus status) {
        super("Cannot " + action + " payment " + reference + " that is " + status);
        this.reference = reference;
        this.status = status;
    }

    public String reference() {
        return reference;
    }

    public PaymentStatus status() {
        return status;
    }
}
