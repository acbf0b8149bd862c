package nl.gemeenschapsfonds.submission;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One line of the cost budget. */
@Embeddable
public record CostLine(@Enumerated(EnumType.STRING) CostCategory category, int year, String description, BigDecimal amount) {
}
