package nl.gemeenschapsfonds.payment;

/** The pain.001 file of a batch, to hand to the bank. */
public record BatchFile(long batchId, String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/xml";
}
