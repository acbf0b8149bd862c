-- Owned by the submission module (issue 19, ADR 0023/0027): the list columns of a submitted application, as other
-- modules' list queries filter, sort and keyset-page them in one statement (review's work queue, its deadline
-- reminders). Built on application_authority (V44), the one place of the scope join application -> call -> fund ->
-- authority; it adds the application's own list columns, the call's titles and the organisation's legal name, which
-- a page shows on every row. Drafts are not in it (staff never see them).
-- PostgreSQL inlines the view, so a query on it still reads grant_application's sort indexes (V8): a keyset page
-- over decision_due, submitted_at, amount_requested, status or reference stays an index range scan.
-- The table-ownership test lists it in PUBLISHED_READ_MODELS and CROSS_MODULE_DATABASE_OBJECTS with the reason;
-- nl.gemeenschapsfonds.submission.WorkQueueRow maps it for JPQL.
create view work_queue_row as
select a.id, s.authority_id, s.fund_id, a.call_id, c.title_nl as call_title_nl, c.title_en as call_title_en,
       a.organisation_id, o.legal_name as organisation_name, a.reference, a.title, a.status, a.amount_requested,
       a.submitted_at, a.decision_due, a.assigned_reviewer, a.facility_type, a.facility_municipality_code
from application_authority s
join grant_application a on a.id = s.application_id
join grant_call c on c.id = s.call_id
join organisation o on o.id = a.organisation_id;
