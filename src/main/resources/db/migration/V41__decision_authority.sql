-- Issue 19 (one owner per table): a decision records the authority that took it, as payment_instruction,
-- settlement and report_obligation already do, so the review module answers "the decisions of authority X"
-- (the integration API) from its own table, without joining the application, call and fund of other modules.
-- Nullable: rows inserted behind the decision service's back (test data) may leave it out.
alter table decision add column authority_id bigint references authority (id);

update decision d set authority_id = f.authority_id
from grant_application a join grant_call c on c.id = a.call_id join fund f on f.id = c.fund_id
where a.id = d.application_id;

create index decision_authority_ix on decision (authority_id, id);
