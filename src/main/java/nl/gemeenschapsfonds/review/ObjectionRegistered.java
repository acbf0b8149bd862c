package nl.gemeenschapsfonds.review;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An objection against the decision on an application was registered (by the applicant or, received by post, by a
 * reviewer). Published in the registering transaction; the review module audits it and mails the applicant on it.
 *
 * @param deadline    the last day of the objection period; {@code objection.late()} when it was received after it
 * @param submittedBy the applicant's address for mail (null when unknown)
 */
public record ObjectionRegistered(long applicationId, String reference, Objection objection, LocalDate deadline,
                                  String submittedBy, Locale language) {
}
