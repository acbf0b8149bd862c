package nl.gemeenschapsfonds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.gemeenschapsfonds.api.ApiResources.Call;
import nl.gemeenschapsfonds.api.ApiResources.CallList;
import nl.gemeenschapsfonds.api.ApiResources.Grant;
import nl.gemeenschapsfonds.api.ApiResources.GrantList;
import nl.gemeenschapsfonds.api.ApiResources.Link;
import nl.gemeenschapsfonds.api.ApiResources.Links;
import nl.gemeenschapsfonds.api.ApiResources.Money;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.PublicCallItem;
import nl.gemeenschapsfonds.fund.PublicCalls;
import nl.gemeenschapsfonds.register.GrantRegister;
import nl.gemeenschapsfonds.register.RegisterFilter;
import nl.gemeenschapsfonds.register.RegisterItem;
import nl.gemeenschapsfonds.register.RegisterPage;
import nl.gemeenschapsfonds.register.RegisterSort;
import nl.gemeenschapsfonds.register.ThreeSixtyGiving;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Locale;

/** The public part of the API: open calls and the grants of the public register. No token needed. */
@RestController
@Tag(name = "public", description = "Open calls and the public grant register; no token needed")
class PublicApiController {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    private final PublicCalls calls;
    private final GrantRegister register;
    private final ThreeSixtyGiving threeSixtyGiving;

    PublicApiController(PublicCalls calls, GrantRegister register, ThreeSixtyGiving threeSixtyGiving) {
        this.calls = calls;
        this.register = register;
        this.threeSixtyGiving = threeSixtyGiving;
    }

    @GetMapping("/api/v1/calls")
    @Operation(operationId = "listCalls", summary = "The calls open today, with the budget still available per year")
    CallList calls() {
        return new CallList(calls.openCalls().stream().map(PublicApiController::call).toList(), new Links(self(), null));
    }

    @GetMapping("/api/v1/calls/{callId}")
    @Operation(operationId = "getCall", summary = "An open call")
    Call call(@PathVariable long callId) {
        return calls.openCalls().stream().filter(c -> c.id() == callId).findFirst().map(PublicApiController::call)
                .orElseThrow(() -> new NotFoundException("Call", callId));
    }

    @GetMapping("/api/v1/grants")
    @Operation(operationId = "listGrants", summary = "Grants in the public register, newest decision first, paged by cursor")
    GrantList grants(@Parameter(description = "authority code, e.g. GM0193") @RequestParam(required = false) String authority,
                     @Parameter(description = "call id") @RequestParam(required = false) Long callId,
                     @Parameter(description = "budget year with money granted") @RequestParam(required = false) Integer year,
                     @Parameter(description = "facility type") @RequestParam(required = false) FacilityType facilityType,
                     @Parameter(description = "CBS code of the recipient's municipality, e.g. GM0193")
                     @RequestParam(required = false) String municipality,
                     @Parameter(description = "order: NEWEST, LARGEST, RECIPIENT") @RequestParam(defaultValue = "NEWEST") RegisterSort sort,
                     @Parameter(description = "the cursor of the next page, from _links.next") @RequestParam(required = false) String cursor,
                     @Parameter(description = "rows per page, 1-100") @RequestParam(defaultValue = "20") int pageSize) {
        checkPageSize(pageSize);
        RegisterPage page = register.page(new RegisterFilter(authority, callId, year, facilityType, municipality), sort, cursor, pageSize);
        return new GrantList(page.items().stream().map(this::grant).toList(), new Links(self(), next(page.next())));
    }

    @GetMapping("/api/v1/grants/{reference}")
    @Operation(operationId = "getGrant", summary = "A grant in the public register, by its reference")
    Grant grant(@PathVariable String reference) {
        return register.grant(reference).map(this::grant).orElseThrow(() -> new NotFoundException("Grant", reference));
    }

    static void checkPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new InvalidInputException("pageSize", "api.pageSize");
        }
    }

    static Link self() {
        return new Link(ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString());
    }

    static Link next(String cursor) {
        return cursor == null ? null
                : new Link(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", cursor).build().toUriString());
    }

    private Grant grant(RegisterItem item) {
        String href = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/grants/{reference}")
                .buildAndExpand(item.reference()).toUriString();
        return new Grant(item.reference(), threeSixtyGiving.grantId(item.reference()), item.authorityCode(), item.authorityName(),
                item.callId(), item.callTitle(Locale.of("nl")), item.organisationName(), item.kvkNumber(), item.municipalityCode(),
                item.municipalityName(), item.title(), item.facilityType() == null ? null : item.facilityType().name(),
                ApiResources.perYear(item.grantedPerYear()), Money.euro(item.grantedTotal()), Money.euro(item.settledAmount()),
                item.decisionDate(), item.settledOn(), item.status().name(), new Links(new Link(href), null));
    }

    private static Call call(PublicCallItem call) {
        return new Call(call.id(), call.authorityName(), call.titleNl(), call.titleEn(), call.descriptionNl(), call.descriptionEn(),
                call.facilityTypes().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                call.openDate(), call.closeDate(), call.rollingIntake(), call.allocationMethod().name(), Money.euro(call.maxGrant()),
                ApiResources.perYear(call.availablePerYear()));
    }

    static List<Object> none() {
        return List.of();
    }
}
