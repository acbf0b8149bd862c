package nl.gemeenschapsfonds.cofinancing;

import java.math.BigDecimal;

/**
 * A step in a pledge's life was taken and saved, published in its transaction: the audit entry
 * ({@code PLEDGE_<STEP>}) and the mail to the other party react to it ({@code PledgeAudit}, {@code PledgeMails}).
 *
 * @param before the pledge's relevant state before the step ({@code null} for a new pledge)
 * @param after  its state after the step
 * @param reason why, where the user gave a reason (a withdrawal)
 */
public record PledgeStepTaken(long pledgeId, long applicationId, long funderId, int year, BigDecimal amount, Step step,
                              String before, String after, String reason) {

    /** The steps, each with its audit action. */
    public enum Step {
        MADE, CONFIRMED, WITHDRAWN, RECEIPT_CONFIRMED, RECEIVED, VERIFIED;

        public String auditAction() {
            return "PLEDGE_" + name();
        }
    }

    static PledgeStepTaken of(Pledge pledge, Step step, String before, String reason) {
        return new PledgeStepTaken(pledge.getId(), pledge.getApplicationId(), pledge.getFunderId(), pledge.getYear(),
                pledge.getAmount(), step, before, state(pledge), reason);
    }

    /** The relevant state of a pledge, as the audit trail records it. */
    static String state(Pledge p) {
        return "status=" + p.getStatus() + ", year=" + p.getYear() + ", amount=" + p.getAmount() + ", kind=" + p.getKind()
                + (p.getReceivedAmount() == null ? "" : ", received=" + p.getReceivedAmount() + " on " + p.getReceivedOn())
                + (p.getReceiptConfirmedByFunderAt() == null ? "" : ", receiptConfirmedByFunder");
    }
}
