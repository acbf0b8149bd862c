package nl.gemeenschapsfonds.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shapes of the API's answers: camelCase fields, dates as ISO 8601, money as a decimal string with its currency. */
final class ApiResources {

    private ApiResources() {
    }

    @Schema(name = "Money", description = "An amount as a decimal string with two decimals, and its ISO 4217 currency")
    record Money(@Schema(example = "12500.00") String value, @Schema(example = "EUR") String currency) {

        static Money euro(BigDecimal amount) {
            return amount == null ? null : new Money(amount.setScale(2, RoundingMode.HALF_UP).toPlainString(), "EUR");
        }
    }

    @Schema(name = "Link")
    record Link(String href) {
    }

    @Schema(name = "Links", description = "HAL links: this page and the next (absent on the last page)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Links(Link self, Link next) {
    }

    @Schema(name = "AmountPerYear")
    record AmountPerYear(int year, Money amount) {
    }

    @Schema(name = "Call", description = "An open call (regeling) of an authority")
    record Call(long id, String authorityName, String titleNl, String titleEn, String descriptionNl, String descriptionEn,
                Set<String> facilityTypes, @Schema(format = "date") LocalDate openDate, @Schema(format = "date") LocalDate closeDate,
                boolean rollingIntake, String allocationMethod, Money maxGrant, List<AmountPerYear> availablePerYear) {
    }

    @Schema(name = "CallList")
    record CallList(List<Call> items, @JsonProperty("_links") Links links) {
    }

    @Schema(name = "Grant", description = "A grant in the public register (only what is public)")
    record Grant(String reference, String identifier360Giving, String authorityCode, String authorityName, long callId,
                 String callTitle, String recipientName, String recipientKvkNumber, String recipientMunicipalityCode,
                 String recipientMunicipalityName, String title, String facilityType, List<AmountPerYear> grantedPerYear,
                 Money granted, Money settled, @Schema(format = "date") LocalDate decisionDate,
                 @Schema(format = "date") LocalDate settlementDate, String status, @JsonProperty("_links") Links links) {
    }

    @Schema(name = "GrantList")
    record GrantList(List<Grant> items, @JsonProperty("_links") Links links) {
    }

    @Schema(name = "Application", description = "An application of the client's authority with its status and dates")
    record Application(long id, String reference, String title, String status, long callId, String organisationName,
                       Money amountRequested, Instant submittedAt, @Schema(format = "date") LocalDate decisionDueDate,
                       Instant decidedAt, @JsonProperty("_links") Links links) {
    }

    @Schema(name = "ApplicationList")
    record ApplicationList(List<Application> items, @JsonProperty("_links") Links links) {
    }

    @Schema(name = "Decision", description = "A decision (beschikking) on an application of the client's authority")
    record Decision(long id, long applicationId, String kind, @Schema(format = "date") LocalDate decisionDate,
                    @Schema(format = "date") LocalDate objectionDeadlineDate, List<AmountPerYear> granted, Money grantedTotal,
                    String refusalGround, @JsonProperty("_links") Links links) {
    }

    @Schema(name = "DecisionList")
    record DecisionList(List<Decision> items, @JsonProperty("_links") Links links) {
    }

    @Schema(name = "Payment", description = "A payment instruction of a grant and its status")
    record Payment(long id, long applicationId, long decisionId, int year, Money amount, @Schema(format = "date") LocalDate dueDate,
                   String status, @Schema(format = "date") LocalDate paidDate, String paymentReference) {
    }

    @Schema(name = "PaymentList")
    record PaymentList(List<Payment> items, @JsonProperty("_links") Links links) {
    }

    @Schema(name = "Pledge", description = "A funder's pledge of co-financing to an application of the client's authority")
    record Pledge(long id, long applicationId, String funderName, int year, Money amount, String kind, String status,
                  Instant confirmedAt, @Schema(format = "date") LocalDate receivedDate) {
    }

    @Schema(name = "PledgeList")
    record PledgeList(List<Pledge> items, @JsonProperty("_links") Links links) {
    }

    @Schema(name = "Problem", description = "RFC 9457 problem details")
    record Problem(String type, String title, int status, String detail, String instance) {
    }

    static List<AmountPerYear> perYear(Map<Integer, BigDecimal> amounts) {
        return amounts.entrySet().stream().map(e -> new AmountPerYear(e.getKey(), Money.euro(e.getValue()))).toList();
    }
}
