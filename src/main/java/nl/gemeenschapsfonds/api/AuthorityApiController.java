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
import nl.gemeenschapsfonds.api.ApiResources.PaymentList;
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
        long authority = authority(jwt, "applications.read");
        PublicApiController.checkPageSize(pageSize);
        List<Application> rows = records.applications(authority, status == null ? null : status.name(), after(cursor), pageSize + 1)
                .stream().map(a -> withSelf(a)).toList();
        return new ApplicationList(page(rows, pageSize), links(rows, pageSize, Application::id));
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
        long authority = authority(jwt, "decisions.read");
        PublicApiController.checkPageSize(pageSize);
        List<Decision> rows = records.decisions(authority, applicationId, after(cursor), pageSize + 1);
        return new DecisionList(page(rows, pageSize), links(rows, pageSize, Decision::id));
    }

    @GetMapping("/api/v1/payments")
    @Operation(operationId = "listPayments", summary = "The authority's payment instructions and their status")
    PaymentList payments(@AuthenticationPrincipal Jwt jwt,
                         @Parameter(description = "status: SCHEDULED, APPROVED, PAID, HELD, CANCELLED") @RequestParam(required = false) String status,
                         @Parameter(description = "the cursor of the next page, from _links.next") @RequestParam(required = false) String cursor,
                         @Parameter(description = "rows per page, 1-100") @RequestParam(defaultValue = "20") int pageSize) {
        long authority = authority(jwt, "payments.read");
        PublicApiController.checkPageSize(pageSize);
        if (status != null && !List.of("SCHEDULED", "APPROVED", "PAID", "HELD", "CANCELLED").contains(status)) {
            throw new InvalidInputException("status", "api.status");
        }
        var rows = records.payments(authority, status, after(cursor), pageSize + 1);
        return new PaymentList(page(rows, pageSize), links(rows, pageSize, ApiResources.Payment::id));
    }

    @GetMapping("/api/v1/pledges")
    @Operation(operationId = "listPledges", summary = "Pledges of co-financing to the authority's applications")
    PledgeList pledges(@AuthenticationPrincipal Jwt jwt,
                       @Parameter(description = "the cursor of the next page, from _links.next") @RequestParam(required = false) String cursor,
                       @Parameter(description = "rows per page, 1-100") @RequestParam(defaultValue = "20") int pageSize) {
        long authority = authority(jwt, "pledges.read");
        PublicApiController.checkPageSize(pageSize);
        var rows = records.pledges(authority, after(cursor), pageSize + 1);
        return new PledgeList(page(rows, pageSize), links(rows, pageSize, ApiResources.Pledge::id));
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
