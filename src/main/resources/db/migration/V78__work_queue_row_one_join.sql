-- Owned by the submission module (issue 19, ADR 0023/0027). V70 built work_queue_row on application_authority and
-- joined grant_application and grant_call a second time for the list columns. PostgreSQL does not remove such a
-- self-join: every row of a work-queue page cost a second primary-key lookup of its application, the planner had two
-- more relations to weigh, and the page was about four times the raw SQL of the same rows at 1,000,000 applications
-- (docs/performance.md, 2026-12-06). Now the scope join application -> call -> fund -> authority is written once, in
-- work_queue_row, over each table once; application_authority is its projection. The organisation is a left join
-- (every application has one, grant_application.organisation_id is not null), so PostgreSQL leaves it out of queries
-- on application_authority, which do not read its name: they plan as before.
drop view work_queue_row;
drop view application_authority;

create view work_queue_row as
select a.id, f.authority_id, c.fund_id, a.call_id, c.title_nl as call_title_nl, c.title_en as call_title_en,
       a.organisation_id, o.legal_name as organisation_name, a.reference, a.title, a.status, a.amount_requested,
       a.submitted_at, a.decision_due, a.assigned_reviewer, a.facility_type, a.facility_municipality_code
from grant_application a
join grant_call c on c.id = a.call_id
join fund f on f.id = c.fund_id
left join organisation o on o.id = a.organisation_id
where a.status <> 'DRAFT';

create view application_authority as
select id as application_id, authority_id, fund_id, call_id
from work_queue_row;
