package nl.gemeenschapsfonds.fund;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public read API of this module for the others: what submission, review, payment, report, register, the API
 * and co-financing read of a call, its fund and the authority that owns the fund, instead of querying the
 * {@code grant_call}, {@code fund} and {@code authority} tables. The scope "call → fund → authority" is answered here.
 * <p>
 * For other modules' services only (they have checked the caller's scope, or run as a scheduled job without a
 * signed-in user), so its methods carry no {@code @PreAuthorize}; views never use it (FundsApiTest checks that).
 * Draft calls are included: staff of the authority see them. Lists take a collection of ids and answer in one query.
 */
public interface Funds {

    /** A call (any status) with its fund and authority; empty when there is none with this id. */
    Optional<CallFacts> call(long callId);

    /** The calls with these ids that exist, by id (one query). */
    Map<Long, CallFacts> calls(Collection<Long> callIds);

    /** Every call in a fund of this authority, drafts too, newest opening date first (then newest id). */
    List<CallFacts> callsOfAuthority(long authorityId);

    /** The ids of every call in a fund of this authority: what a list filters on for "this authority's applications". */
    default List<Long> callIdsOfAuthority(long authorityId) {
        return callsOfAuthority(authorityId).stream().map(CallFacts::id).toList();
    }

    /** The authority that owns the fund of this call; empty when there is no such call. */
    default Optional<AuthorityFacts> authorityOfCall(long callId) {
        return call(callId).map(CallFacts::authority);
    }

    /** An authority by its id. */
    Optional<AuthorityFacts> authority(long authorityId);

    /** An authority by its code (as in the API's paths and the register's filters). */
    Optional<AuthorityFacts> authorityByCode(String code);
}
