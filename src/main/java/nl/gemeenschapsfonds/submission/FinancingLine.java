package nl.gemeenschapsfonds.submission;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of the financing plan. For volunteer hours (IN_KIND) the amount is hours × hourly rate,
 * computed here so the plan and the database always agree.
 */
@Embeddable
public record FinancingLine(@Enumerated(EnumType.STRING) FundingSource source, int year, String description,
                            BigDecimal amount, BigDecimal hours, BigDecimal hourlyRate) {

    public FinancingLine {
        if (source == FundingSource.IN_KIND && hours != null && hourlyRate != null) {
            amount = hours.multiply(hourlyRate).setScale(2, RoundingMode.HALF_UP);
        }
    }

    public static FinancingLine of(FundingSource source, int year, String description, BigDecimal amount) {
        return new FinancingLine(source, year, description, amount, null, null);
    }

    public static FinancingLine volunteerHours(int year, String description, BigDecimal hours, BigDecimal hourlyRate) {
        return new FinancingLine(FundingSource.IN_KIND, year, description, null, hours, hourlyRate);
    }
}
