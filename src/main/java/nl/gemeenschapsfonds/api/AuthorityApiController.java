package nl.gemeenschapsfonds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.gemeenschapsfonds.api.ApiProblems.ApiAccessDenied;
import nl.gemeenschapsfonds.api.ApiResources.Application;
import nl.gemeenschapsfonds.api.ApiResources.ApplicationList;
import nl.gemeenschapsfonds.api.ApiResources.Decision;
import nl.gemeenschapsfonds.api.ApiResources.DecisionList;
import nl.gemeenschapsfonds.api.ApiResources.Link;
import nl.gemeenschapsfonds.api.ApiResources.Links;
import nl.gemeenschapsfonds.api.ApiResources.Payment;
import nl.gemeenschapsfonds.api.ApiResources.PaymentList;
import nl.gemeenschapsfonds.api.ApiResources.Pledge;
import nl.gemeenschapsfonds.api.ApiResources.PledgeList;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * The authority's own data for its integration clients: each answer is narrowed to the authority in the token, so
 * a client of authority A gets 404 for an application of authority B (as if it did not exist). Each resource needs
 * its scope: {@code applications.read}, {@code decisions.read}, {@code payments.read}, {@code pledges.read}.
 */
@RestController
@Tag(name = "authority", description = "An authority's applications, decisions, payments and pledges; bearer token needed")
@SecurityRequirement(name = "bearer")
class AuthorityApiController {

    private final AuthorityRecords records;

    AuthorityApiController(AuthorityRecords records) {
        this.records = records;
    }

    @GetMapping("/api/v1/applications")
    @Operation(operationId = "listApplications", summary = "The authority's submitted applications with status and dates")
    ApplicationList applications(@AuthenticationPrincipal Jwt jwt,
                                 @Parameter(description = "status, e.g. SUBMITTED, GRANTED") @RequestParam(required = false) ApplicationStatus status,
                                 @Parameter(description = "the cursor of the next page, from _links.next") @RequestParam(required = false) String cursor,
                                 @Parameter(description = "rows per page, 1-100") @RequestParam(defaultValue = "20") int pageSize) {
        return list(jwt, "applications.read", cursor, pageSize,
                (authority, after, limit) -> records.applications(authority, status == null ? null : status.name(), after, limit)
                        .stream().map(this::withSelf).toList(),
                Application::id, ApplicationList::new);
    }

    @GetMapping("/api/v1/applications/{applicationId}")
    @Operation(operationId = "getApplication", summary = "One of the authority's applications")
    Application application(@AuthenticationPrincipal Jwt jwt, @PathVariable long applicationId) {
        long authority = authority(jwt, "applications.read");
        return records.application(authority, applicationId).map(this::withSelf)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
    }

    @GetMapping("/api/v1/decisions")
    @Operation(operationId = "listDecisions", summary = "The authority's decisions with the amounts granted per year")
    DecisionList decisions(@AuthenticationPrincipal Jwt jwt,
                           @Parameter(description = "only the decision on this application") @RequestParam(required = false) Long applicationId,
                           @Parameter(description = "the cursor of the next page, from _links.next") @RequestParam(required = false) String cursor,
                           @Parameter(description = "rows per page, 1-100") @RequestParam(defaultValue = "20") int pageSize) {
        return list(jwt, "decisions.read", cursor, pageSize,
                (authority, after, limit) -> records.decisions(authority, applicationId, after, limit),
                Decision::id, DecisionList::new);
    }

    @GetMapping("/api/v1/payments")
    @Operation(operationId = "listPayments", summary = "The authority's payment instructions and their status")
    PaymentList payments(@AuthenticationPrincipal Jwt jwt,
                         @Parameter(description = "status: SCHEDULED, APPROVED, PAID, HELD, CANCELLED") @RequestParam(required = false) String status,
                         @Parameter(description = "the cursor of the next page, from _links.next") @RequestParam(required = false) String cursor,
                         @Parameter(description = "rows per page, 1-100") @RequestParam(defaultValue = "20") int pageSize) {
        return list(jwt, "payments.read", cursor, pageSize, () -> {
            if (status != null && !List.of("SCHEDULED", "APPROVED", "PAID", "HELD", "CANCELLED").contains(status)) {
                throw new InvalidInputException("status", "api.status");
            }
        }, (authority, after, limit) -> records.payments(authority, status, after, limit), Payment::id, PaymentList::new);
    }

    @GetMapping("/api/v1/pledges")
    @Operation(operationId = "listPledges", summary = "Pledges of co-financing to the authority's applications")
    PledgeList pledges(@AuthenticationPrincipal Jwt jwt,
                       @Parameter(description = "the cursor of the next page, from _links.next") @RequestParam(required = false) String cursor,
                       @Parameter(description = "rows per page, 1-100") @RequestParam(defaultValue = "20") int pageSize) {
        return list(jwt, "pledges.read", cursor, pageSize, records::pledges, Pledge::id, PledgeList::new);
    }

    /** One page of rows of the token's authority, read after the cursor's id. */
    @FunctionalInterface
    interface Rows<T> {
        List<T> read(long authority, long afterId, int limit);
    }

    /**
     * The one shape of every list: the token must have the scope and name an authority; a page size of 1-100; valid
     * filters; the rows after the cursor (one more than the page, to know whether there is a next); the page and its links.
     */
    private <T, L> L list(Jwt jwt, String scope, String cursor, int pageSize, Rows<T> rows, ToLongFunction<T> id,
                          BiFunction<List<T>, Links, L> shape) {
        return list(jwt, scope, cursor, pageSize, () -> { }, rows, id, shape);
    }

    /** As above, with a check of the list's own filters (after the scope and the page size, before the cursor). */
    private <T, L> L list(Jwt jwt, String scope, String cursor, int pageSize, Runnable checkFilters, Rows<T> rows,
                          ToLongFunction<T> id, BiFunction<List<T>, Links, L> shape) {
        long authority = authority(jwt, scope);
        PublicApiController.checkPageSize(pageSize);
        checkFilters.run();
        List<T> read = rows.read(authority, after(cursor), pageSize + 1);
        return shape.apply(page(read, pageSize), links(read, pageSize, id));
    }

    /** The authority of the token, when the token has the scope; 403 otherwise. */
    private long authority(Jwt jwt, String scope) {
        ApiClient client = ApiClient.of(jwt);
        if (!client.scopes().contains(scope)) {
            throw new ApiAccessDenied("The token lacks the scope " + scope + ".");
        }
        return records.authorityId(client.authorityCode())
                .orElseThrow(() -> new ApiAccessDenied("The token names no known authority."));
    }

    private Application withSelf(Application a) {
        String href = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/applications/{id}").buildAndExpand(a.id())
                .toUriString();
        return new Application(a.id(), a.reference(), a.title(), a.status(), a.callId(), a.organisationName(), a.amountRequested(),
                a.submittedAt(), a.decisionDueDate(), a.decidedAt(), new Links(new Link(href), null));
    }

    private static long after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cursor", "api.cursor");
        }
    }

    private static <T> List<T> page(List<T> rows, int pageSize) {
        return rows.size() > pageSize ? rows.subList(0, pageSize) : rows;
    }

    private static <T> Links links(List<T> rows, int pageSize, ToLongFunction<T> id) {
        return new Links(PublicApiController.self(),
                rows.size() > pageSize ? PublicApiController.next(String.valueOf(id.applyAsLong(rows.get(pageSize - 1)))) : null);
    }
}
