package nl.gemeenschapsfonds.register;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.fund.CallListItem;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an authority's administrator decides about its part of the register: the minimum amount per call below
 * which grants are not listed, grants held back with a reason (e.g. the safety of a women's shelter), and the
 * authority's org-id as a funder in 360Giving. Every change is in the audit trail.
 */
@Service
public class RegisterAdministration {

    static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final CallService calls;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    RegisterAdministration(JdbcClient jdbc, CallService calls, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A call of the administrator's authority with its minimum for the register (null: everything is listed). */
    public record CallThreshold(long callId, String titleNl, String titleEn, BigDecimal minimum) {
    }

    /** A grant held back from the register. */
    public record HeldBack(String reference, String title, String reason, String heldBy, Instant heldAt) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<CallThreshold> thresholds() {
        List<CallListItem> mine = calls.callsOfMyAuthority();
        Map<Long, BigDecimal> set = jdbc.sql("select call_id, minimum_amount from register_call_threshold where call_id = any(?)")
                .param(mine.stream().map(CallListItem::id).toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return mine.stream().map(call -> new CallThreshold(call.id(), call.titleNl(), call.titleEn(), set.get(call.id()))).toList();
    }

    /** Sets (or with null, removes) the call's minimum; the call must be the administrator's authority's. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setThreshold(long callId, BigDecimal minimum) {
        if (calls.callsOfMyAuthority().stream().noneMatch(call -> call.id() == callId)) {
            throw new NotFoundException("Call", callId);
        }
        if (minimum != null && (minimum.signum() < 0 || minimum.scale() > 2 || minimum.compareTo(new BigDecimal("999999999999.99")) > 0)) {
            throw new InvalidInputException("minimum", "grantRegister.admin.minimumInvalid");
        }
        String before = jdbc.sql("select minimum_amount from register_call_threshold where call_id = ?").param(callId)
                .query(BigDecimal.class).optional().map(BigDecimal::toPlainString).orElse(null);
        if (minimum == null) {
            jdbc.sql("delete from register_call_threshold where call_id = ?").param(callId).update();
        } else {
            jdbc.sql("""
                            insert into register_call_threshold (call_id, minimum_amount, set_by, set_at) values (?, ?, ?, ?)
                            on conflict (call_id) do update set minimum_amount = excluded.minimum_amount, set_by = excluded.set_by,
                                set_at = excluded.set_at""")
                    .params(callId, minimum, currentUser.actorName(), Timestamp.from(clock.instant())).update();
        }
        audit.record("REGISTER_THRESHOLD", "Call", callId, before, minimum == null ? null : minimum.toPlainString(), null);
    }

    /** Holds a grant of the administrator's authority back from the register, with the reason. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void holdBack(String reference, String reason) {
        // both empty fields are named at once; an empty reference is missing, not an unknown grant
        List<InvalidInputException.Problem> missing = new ArrayList<>();
        if (reference == null || reference.isBlank()) {
            missing.add(new InvalidInputException.Problem("reference", "validation.required"));
        }
        if (reason == null || reason.isBlank()) {
            missing.add(new InvalidInputException.Problem("reason", "grantRegister.admin.reasonRequired"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        long applicationId = myGrant(reference);
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "validation.tooLong", MAX_REASON);
        }
        int inserted = jdbc.sql("""
                        insert into register_hold_back (application_id, reason, held_by, held_at) values (?, ?, ?, ?)
                        on conflict (application_id) do nothing""")
                .params(applicationId, reason.trim(), currentUser.actorName(), Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            throw new InvalidInputException("reference", "grantRegister.admin.alreadyHeld");
        }
        audit.record("REGISTER_HOLD_BACK", "Application", applicationId, "PUBLISHED", "HELD_BACK", reason.trim());
    }

    /** Publishes a held-back grant again. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void release(String reference) {
        long applicationId = myGrant(reference);
        String reason = jdbc.sql("delete from register_hold_back where application_id = ? returning reason").param(applicationId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("Held back grant", reference));
        audit.record("REGISTER_RELEASE", "Application", applicationId, "HELD_BACK", "PUBLISHED", reason);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<HeldBack> heldBack() {
        return jdbc.sql("""
                        select g.reference, g.title, h.reason, h.held_by, h.held_at from register_hold_back h
                        join register_grant g on g.application_id = h.application_id where g.authority_id = ?
                        order by h.held_at desc""")
                .param(currentUser.require().requireAuthority())
                .query((rs, row) -> new HeldBack(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The authority's org-id as a funding organisation in 360Giving, if set. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> funderIdentifier() {
        return jdbc.sql("select org_id from register_funder_identifier where authority_id = ?")
                .param(currentUser.require().requireAuthority()).query(String.class).optional();
    }

    /** Sets (or with blank, removes) the authority's org-id, e.g. {@code NL-OIN-00000001002220647000}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setFunderIdentifier(String orgId) {
        long authority = currentUser.require().requireAuthority();
        if (orgId == null || orgId.isBlank()) {
            jdbc.sql("delete from register_funder_identifier where authority_id = ?").param(authority).update();
        } else {
            String value = orgId.trim();
            if (!value.matches("^[A-Za-z0-9]+-[A-Za-z0-9]+-.+$") || value.length() > 100) {
                throw new InvalidInputException("orgId", "grantRegister.admin.orgIdInvalid");
            }
            jdbc.sql("""
                            insert into register_funder_identifier (authority_id, org_id, set_by, set_at) values (?, ?, ?, ?)
                            on conflict (authority_id) do update set org_id = excluded.org_id, set_by = excluded.set_by,
                                set_at = excluded.set_at""")
                    .params(authority, value, currentUser.actorName(), Timestamp.from(clock.instant())).update();
        }
        audit.record("REGISTER_FUNDER_ID", "Authority", authority, null, orgId, null);
    }

    /** A granted application of the administrator's own authority in the register, by reference; else not found. */
    private long myGrant(String reference) {
        long authority = currentUser.require().requireAuthority();
        return jdbc.sql("select application_id from register_grant where reference = ? and authority_id = ?")
                .params(reference == null ? "" : reference.trim(), authority).query(Long.class).optional()
                .orElseThrow(() -> new InvalidInputException("reference", "grantRegister.admin.unknownReference"));
    }
}
