package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.security.AccountErased;
import nl.gemeenschapsfonds.security.PersonalDataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report's part of issue 17: the reports, their attachments, settlements (with letters) and repayment claims of the
 * applications a person is the contact of, for their inzage; and the pseudonym instead of an erased person's address
 * on the reports and attachments they submitted.
 */
@Component
class ReportPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    ReportPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Section collect(Subject subject) {
        if (subject.applicationIds().isEmpty()) {
            return new Section("reports", Map.of(), List.of());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reports", rows("select * from report_obligation where application_id in (:ids) order by id", subject));
        data.put("spent", rows("""
                select s.* from report_spent s join report_obligation r on r.id = s.report_id
                where r.application_id in (:ids)""", subject));
        data.put("attachments", rows("""
                select a.id, a.report_id, a.kind, a.file_name, a.media_type, a.size_bytes, a.uploaded_by, a.uploaded_at
                from report_attachment a join report_obligation r on r.id = a.report_id
                where r.application_id in (:ids) order by a.id""", subject));
        data.put("settlements", rows("select * from settlement where application_id in (:ids) order by id", subject));
        data.put("repaymentClaims", rows("""
                select c.* from repayment_claim c join settlement s on s.id = c.settlement_id
                where s.application_id in (:ids) order by c.id""", subject));
        List<Document> documents = new ArrayList<>();
        documents.addAll(jdbc.sql("""
                        select a.id, a.file_name, a.content from report_attachment a join report_obligation r on r.id = a.report_id
                        where r.application_id in (:ids) order by a.id""")
                .param("ids", subject.applicationIds())
                .query((rs, row) -> new Document("reports/attachments/" + rs.getLong(1) + "-" + rs.getString(2), rs.getBytes(3)))
                .list());
        documents.addAll(jdbc.sql("select id, letter_pdf from settlement where application_id in (:ids) and letter_pdf is not null")
                .param("ids", subject.applicationIds())
                .query((rs, row) -> new Document("settlements/settlement-" + rs.getLong(1) + ".pdf", rs.getBytes(2)))
                .list());
        return new Section("reports", data, documents);
    }

    /** The erased person's address becomes the pseudonym on the reports and attachments they submitted. */
    @EventListener
    @Transactional
    public void onAccountErased(AccountErased erased) {
        jdbc.sql("update report_obligation set submitted_by = ? where lower(submitted_by) = lower(?)")
                .params(erased.pseudonymEmail(), erased.formerEmail()).update();
        jdbc.sql("update report_attachment set uploaded_by = ? where lower(uploaded_by) = lower(?)")
                .params(erased.pseudonymEmail(), erased.formerEmail()).update();
    }

    private List<Map<String, Object>> rows(String sql, Subject subject) {
        return PersonalDataSource.rows(jdbc.sql(sql).param("ids", subject.applicationIds()).query().listOfRows());
    }
}
