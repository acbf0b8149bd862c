package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.math.BigDecimal;

/** A project a funder co-finances, with the total of their pledges that are not withdrawn. */
public record FundedProjectItem(long applicationId, String reference, String title, String organisationName,
                                ApplicationStatus status, BigDecimal pledged) {
}
