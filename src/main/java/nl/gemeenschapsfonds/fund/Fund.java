package nl.gemeenschapsfonds.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A fund of one authority. Its budget per year is kept in the budget ledger. */
@Entity
@Table(name = "fund")
public class Fund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long authorityId;
    private String name;
    private String description;

    private String payerName;
    private String payerIban;
    private String payerBic;

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected Fund() {
    }

    public Fund(long authorityId, String name, String description) {
        this.authorityId = authorityId;
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }

    /** The account this fund pays from, if an administrator set one. */
    public java.util.Optional<PayingAccount> payingAccount() {
        return payerIban == null ? java.util.Optional.empty()
                : java.util.Optional.of(new PayingAccount(payerName, payerIban, payerBic));
    }

    /** Pays from this account from now on; {@code null} removes it (no batch can then be exported). */
    void payFrom(PayingAccount account) {
        this.payerName = account == null ? null : account.name();
        this.payerIban = account == null ? null : account.iban();
        this.payerBic = account == null ? null : account.bic();
    }

    void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
