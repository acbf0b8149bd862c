package nl.gemeenschapsfonds.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The authority scope of a submitted application, as other modules' JPQL list queries join it
 * ({@code from X x, nl.gemeenschapsfonds.submission.ApplicationAuthority s where s.applicationId = x.applicationId
 * and s.authorityId = :authority}). It maps the database view {@code application_authority} (V44; since V78 the
 * projection of {@code work_queue_row}, the one place where "application → call → fund → authority" is written). Drafts are not in it: staff never see them.
 * Read-only.
 */
@Entity
@Immutable
@Table(name = "application_authority")
public class ApplicationAuthority {

    @Id
    private Long applicationId;
    private Long authorityId;
    private Long fundId;
    private Long callId;

    protected ApplicationAuthority() {
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public long getFundId() {
        return fundId;
    }

    public long getCallId() {
        return callId;
    }
}
