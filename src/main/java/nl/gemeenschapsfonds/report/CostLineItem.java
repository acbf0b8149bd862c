package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.submission.CostCategory;

import java.math.BigDecimal;

/** A line of the granted cost budget with what the report says was spent on it (null: not filled in). */
public record CostLineItem(int position, CostCategory category, int year, String description, BigDecimal budget,
                           BigDecimal spent) {
}
