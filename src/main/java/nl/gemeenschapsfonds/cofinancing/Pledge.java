package nl.gemeenschapsfonds.cofinancing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A funder's pledge of co-financing to one application for one year. The life of a pledge lives
 * here: PLEDGED → CONFIRMED (the funder, with a letter of commitment) → RECEIVED (the applicant records
 * the date and amount; the funder then confirms the receipt) → VERIFIED (a reviewer, only after the
 * funder confirmed the receipt), or WITHDRAWN with a reason, only before RECEIVED. Every other step
 * throws {@link IllegalPledgeTransitionException}. For a pledge in kind the amount is its valuation.
 */
@Entity
@Table(name = "pledge")
public class Pledge {

    private static final Set<PledgeStatus> WITHDRAWABLE = EnumSet.of(PledgeStatus.PLEDGED, PledgeStatus.CONFIRMED);

    /** The states in which a pledge counts as confirmed co-financing for the call's rules. */
    public static final Set<PledgeStatus> CONFIRMED_STATES = EnumSet.of(PledgeStatus.CONFIRMED, PledgeStatus.RECEIVED,
            PledgeStatus.VERIFIED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long funderId;
    private Long applicationId;
    private int year;
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private PledgeKind kind;

    @Enumerated(EnumType.STRING)
    private PledgeStatus status = PledgeStatus.PLEDGED;

    private String description;
    private BigDecimal valuation;
    private String conditions;
    private Instant confirmedAt;

    @Basic(fetch = FetchType.LAZY)
    private byte[] letter;
    private LocalDate receivedOn;
    private BigDecimal receivedAmount;
    private Instant receiptConfirmedByFunderAt;
    private Instant verifiedAt;
    private Instant withdrawnAt;
    private String withdrawalReason;
    private Instant updatedAt;

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected Pledge() {
    }

    public Pledge(long funderId, long applicationId, int year, BigDecimal amount, PledgeKind kind) {
        this(funderId, applicationId, year, amount, kind, null, null);
    }

    /** A new pledge; in kind it needs a description, and its amount is the valuation. */
    public Pledge(long funderId, long applicationId, int year, BigDecimal amount, PledgeKind kind, String description,
                  String conditions) {
        Objects.requireNonNull(amount);
        Objects.requireNonNull(kind);
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A pledge is for a positive amount");
        }
        if (kind == PledgeKind.IN_KIND && blank(description)) {
            throw new IllegalArgumentException("A pledge in kind says what is given");
        }
        this.funderId = funderId;
        this.applicationId = applicationId;
        this.year = year;
        this.amount = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        this.kind = kind;
        this.description = blank(description) ? null : description.trim();
        this.valuation = kind == PledgeKind.IN_KIND ? this.amount : null;
        this.conditions = blank(conditions) ? null : conditions.trim();
    }

    /** The funder commits in writing; the letter is uploaded or generated. */
    public void confirm(byte[] letterOfCommitment, Instant now) {
        require(EnumSet.of(PledgeStatus.PLEDGED), "confirm");
        this.status = PledgeStatus.CONFIRMED;
        this.confirmedAt = now;
        this.letter = letterOfCommitment;
        this.updatedAt = now;
    }

    /** The applicant records when and how much arrived; it may differ from the amount pledged. */
    public void recordReceipt(LocalDate on, BigDecimal received, Instant now) {
        require(EnumSet.of(PledgeStatus.CONFIRMED), "record the receipt of");
        Objects.requireNonNull(on);
        Objects.requireNonNull(received);
        if (received.signum() < 0) {
            throw new IllegalArgumentException("A received amount is not negative");
        }
        this.status = PledgeStatus.RECEIVED;
        this.receivedOn = on;
        this.receivedAmount = received.setScale(2, java.math.RoundingMode.HALF_UP);
        this.updatedAt = now;
    }

    /** The funder confirms the receipt the applicant recorded. */
    public void confirmReceipt(Instant now) {
        require(EnumSet.of(PledgeStatus.RECEIVED), "confirm the receipt of");
        if (receiptConfirmedByFunderAt != null) {
            throw new IllegalPledgeTransitionException("confirm again the receipt of", status);
        }
        this.receiptConfirmedByFunderAt = now;
        this.updatedAt = now;
    }

    /** A reviewer checked the money at settlement; only once the funder confirmed the receipt. */
    public void verify(Instant now) {
        require(EnumSet.of(PledgeStatus.RECEIVED), "verify");
        if (receiptConfirmedByFunderAt == null) {
            throw new IllegalPledgeTransitionException("verify (receipt not confirmed by the funder)", status);
        }
        this.status = PledgeStatus.VERIFIED;
        this.verifiedAt = now;
        this.updatedAt = now;
    }

    /** The funder withdraws, with a reason; not once the money was received. */
    public void withdraw(String reason, Instant now) {
        require(WITHDRAWABLE, "withdraw");
        if (blank(reason)) {
            throw new IllegalArgumentException("A withdrawal needs a reason");
        }
        this.status = PledgeStatus.WITHDRAWN;
        this.withdrawnAt = now;
        this.withdrawalReason = reason.trim();
        this.updatedAt = now;
    }

    /** The amount that counts as confirmed co-financing: the amount received once it arrived, else the amount pledged. */
    public BigDecimal countingAmount() {
        return receivedAmount != null ? receivedAmount : amount;
    }

    public boolean isConfirmed() {
        return CONFIRMED_STATES.contains(status);
    }

    private void require(Set<PledgeStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new IllegalPledgeTransitionException(action, status);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Long getFunderId() {
        return funderId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PledgeKind getKind() {
        return kind;
    }

    public PledgeStatus getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getValuation() {
        return valuation;
    }

    public String getConditions() {
        return conditions;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public byte[] getLetter() {
        return letter;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public BigDecimal getReceivedAmount() {
        return receivedAmount;
    }

    public Instant getReceiptConfirmedByFunderAt() {
        return receiptConfirmedByFunderAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public long getVersion() {
        return version;
    }
}
