package nl.gemeenschapsfonds.payment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The payment module's public read of payment instructions, for other modules (the integration API): an authority's
 * instructions a page at a time. No {@code @PreAuthorize}, on purpose: its callers check their client's authority
 * themselves (a JWT client is no signed-in staff member); views never call this.
 */
@Component
public class PaymentInstructions {

    /** One instruction as others read it. */
    public record Instruction(long id, long applicationId, long decisionId, int year, BigDecimal amount, LocalDate dueOn,
                              PaymentStatus status, LocalDate paidOn, String reference) {
    }

    private final JdbcClient jdbc;

    PaymentInstructions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The authority's instructions with an id above {@code afterId}, in id order, at most {@code limit}; optionally of one status. */
    @Transactional(readOnly = true)
    public List<Instruction> ofAuthority(long authorityId, PaymentStatus status, long afterId, int limit) {
        List<Object> params = new ArrayList<>(List.of(authorityId, afterId));
        String sql = "select * from payment_instruction where authority_id = ? and id > ?";
        if (status != null) {
            sql += " and status = ?";
            params.add(status.name());
        }
        params.add(limit);
        return jdbc.sql(sql + " order by id limit ?").params(params)
                .query((rs, row) -> new Instruction(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("decision_id"),
                        rs.getInt("year"), rs.getBigDecimal("amount"), rs.getDate("due_on").toLocalDate(),
                        PaymentStatus.valueOf(rs.getString("status")),
                        rs.getDate("paid_on") == null ? null : rs.getDate("paid_on").toLocalDate(), rs.getString("reference")))
                .list();
    }
}
