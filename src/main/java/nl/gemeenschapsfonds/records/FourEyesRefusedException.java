package nl.gemeenschapsfonds.records;

/** The administrator who confirmed a destruction list tried to approve it too. */
public class FourEyesRefusedException extends RuntimeException {

    public FourEyesRefusedException(long listId) {
        super("four eyes: whoever confirmed destruction list " + listId + " cannot approve it");
    }
}
