package nl.gemeenschapsfonds.cofinancing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** A funder's pledge of co-financing to one application for one year. */
@Entity
@Table(name = "pledge")
public class Pledge {

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

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected Pledge() {
    }

    public Pledge(long funderId, long applicationId, int year, BigDecimal amount, PledgeKind kind) {
        this.funderId = funderId;
        this.applicationId = applicationId;
        this.year = year;
        this.amount = amount;
        this.kind = kind;
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
}
