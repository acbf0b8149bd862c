package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A submitted application as the authority's staff review it: its content and where it stands. */
public record ReviewCase(long id, String reference, ApplicationStatus status, String organisationName,
                         Instant submittedAt, LocalDate decisionDue, BigDecimal amountRequested,
                         ApplicationDraft content, CallTerms call, String assignedReviewer) {
}
