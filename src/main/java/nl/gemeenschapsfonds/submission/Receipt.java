package nl.gemeenschapsfonds.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;

/** The receipt (ontvangstbevestiging) of a submitted application. */
public record Receipt(long applicationId, String reference, String title, Long organisationId, String callTitleNl,
                      String callTitleEn, String authorityName, Instant receivedAt, LocalDate decisionDue,
                      BigDecimal amountRequested, SortedMap<Integer, BigDecimal> grantPerYear) {
}
