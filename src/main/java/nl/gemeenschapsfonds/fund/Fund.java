package nl.gemeenschapsfonds.fund;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A fund of one authority, with the budget per year that the council decided. */
@Entity
@Table(name = "fund")
public class Fund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long authorityId;
    private String name;
    private String description;

    @ElementCollection
    @CollectionTable(name = "fund_year_budget", joinColumns = @JoinColumn(name = "fund_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "amount")
    private java.util.Map<Integer, BigDecimal> yearBudgets = new TreeMap<>();

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

    /** The budget per year, ordered by year. */
    public SortedMap<Integer, BigDecimal> getYearBudgets() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(yearBudgets));
    }
}
