package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.KvkNumber;
import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.organisation.OrganisationFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Co-applicants (issue 21, docs/adr/0030-co-applicants.md): the partner organisations an application names, with
 * their role. The lead names them while the application is a draft; from submission on they are frozen. Who may read
 * what is {@link ApplicationScope}'s rule: members of a partner organisation read the submitted application and its
 * decision, and change nothing.
 */
@Service
public class CoApplicants {

    private final JdbcClient jdbc;
    private final ApplicationAccess access;
    private final ApplicationScope scope;
    private final Organisations organisations;
    private final Funds funds;
    private final AuditTrail audit;
    private final Clock clock;

    CoApplicants(JdbcClient jdbc, ApplicationAccess access, ApplicationScope scope, Organisations organisations,
                 Funds funds, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.scope = scope;
        this.organisations = organisations;
        this.funds = funds;
        this.audit = audit;
        this.clock = clock;
    }

    /** The partners of an application the signed-in applicant's organisation leads or is co-applicant of. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<CoApplicantItem> of(long applicationId) {
        access.readableByMe(applicationId);
        return partners(applicationId);
    }

    /** The partners of a submitted application of the signed-in staff member's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public List<CoApplicantItem> forStaff(long applicationId) {
        scope.inMyAuthority(applicationId);
        return partners(applicationId);
    }

    /**
     * How the signed-in applicant's organisation takes part in this application when it is a co-applicant (the lead and
     * its role), for the note on the application's page; empty when it leads the application.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<PartnerApplicationItem> asPartner(long applicationId) {
        if (access.readableByMe(applicationId).standing().mayChange()) {
            return Optional.empty();
        }
        return partnerIn().stream().filter(item -> item.id() == applicationId).findFirst();
    }

    /** The legal name of the organisation registered with this KvK number, for the wizard's look-up at the field. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<String> registeredName(String kvkNumber) {
        if (!KvkNumber.isValid(kvkNumber)) {
            return Optional.empty();
        }
        return organisations.idByKvkNumber(new KvkNumber(kvkNumber).value())
                .flatMap(organisations::organisation).map(OrganisationFacts::legalName);
    }

    /**
     * Names the organisation registered with {@code kvkNumber} as partner in {@code role} on the lead's draft. Refused
     * at its field ({@link InvalidInputException}): a number that is no KvK number or of no registered organisation,
     * the applying organisation itself, one named already, an empty role.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public CoApplicantItem add(long applicationId, String kvkNumber, String role) {
        GrantApplication application = draftOfMine(applicationId);
        Optional<Long> registered = KvkNumber.isValid(kvkNumber)
                ? organisations.idByKvkNumber(new KvkNumber(kvkNumber).value()) : Optional.empty();
        List<Long> named = partners(applicationId).stream().map(CoApplicantItem::organisationId).toList();
        List<Problem> problems = CoApplicantPolicy.problems(kvkNumber, role, registered, application.getOrganisationId(), named);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long organisation = registered.orElseThrow();
        // another tab may have named the same partner a moment ago: the table's unique key decides, refused at the field
        int inserted = jdbc.sql("""
                        insert into co_applicant (application_id, organisation_id, role, added_by, added_at)
                        values (?, ?, ?, ?, ?) on conflict (application_id, organisation_id) do nothing""")
                .params(applicationId, organisation, role.strip(), access.actorName(), Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new InvalidInputException(CoApplicantPolicy.KVK, "coapp.kvk.duplicate");
        }
        audit.record("CO_APPLICANT_ADDED", "Application", applicationId, null, organisation + " " + role.strip(), null);
        return partners(applicationId).stream().filter(p -> p.organisationId() == organisation).findFirst().orElseThrow();
    }

    /** Changes a partner's role on the lead's draft; an empty role is refused at the field. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void changeRole(long applicationId, long organisationId, String role) {
        draftOfMine(applicationId);
        List<Problem> problems = CoApplicantPolicy.roleProblems(role);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int changed = jdbc.sql("update co_applicant set role = ? where application_id = ? and organisation_id = ?")
                .params(role.strip(), applicationId, organisationId).update();
        if (changed > 0) {
            audit.record("CO_APPLICANT_ROLE", "Application", applicationId, null, organisationId + " " + role.strip(), null);
        }
    }

    /** Removes a partner from the lead's draft. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void remove(long applicationId, long organisationId) {
        draftOfMine(applicationId);
        int removed = jdbc.sql("delete from co_applicant where application_id = ? and organisation_id = ?")
                .params(applicationId, organisationId).update();
        if (removed > 0) {
            audit.record("CO_APPLICANT_REMOVED", "Application", applicationId, String.valueOf(organisationId), null, null);
        }
    }

    /** The submitted applications the signed-in applicant's organisation is co-applicant of, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<PartnerApplicationItem> partnerIn() {
        long mine = access.myOrganisation();
        List<GrantApplication> applications = scope.partnerOfMyOrganisation();
        Map<Long, CallFacts> calls = funds.calls(applications.stream().map(GrantApplication::getCallId).distinct().toList());
        Map<Long, OrganisationFacts> leads = organisations.organisations(
                applications.stream().map(GrantApplication::getOrganisationId).distinct().toList());
        return applications.stream().map(a -> {
            CallFacts call = calls.get(a.getCallId());
            String role = jdbc.sql("select role from co_applicant where application_id = ? and organisation_id = ?")
                    .params(a.getId(), mine).query(String.class).single();
            OrganisationFacts lead = leads.get(a.getOrganisationId());
            return new PartnerApplicationItem(a.getId(), a.getReference(), a.getTitle(), call.titleNl(), call.titleEn(),
                    a.getStatus(), lead == null ? "" : lead.legalName(), role, a.getSubmittedAt());
        }).toList();
    }

    private GrantApplication draftOfMine(long applicationId) {
        GrantApplication application = access.ownedByMe(applicationId);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            // frozen at submission: the partners read from then on what the authority received
            throw new IllegalTransitionException("change the partners of", application.getStatus());
        }
        return application;
    }

    private record Row(long organisationId, String role) {
    }

    private List<CoApplicantItem> partners(long applicationId) {
        List<Row> rows = jdbc.sql("select organisation_id, role from co_applicant where application_id = ? order by id")
                .param(applicationId).query((rs, row) -> new Row(rs.getLong(1), rs.getString(2))).list();
        Map<Long, OrganisationFacts> facts = organisations.organisations(rows.stream().map(Row::organisationId).toList());
        return rows.stream().map(row -> {
            OrganisationFacts organisation = facts.get(row.organisationId());
            return new CoApplicantItem(row.organisationId(), organisation == null ? null : organisation.kvkNumber(),
                    organisation == null ? "" : organisation.legalName(), row.role());
        }).toList();
    }
}
