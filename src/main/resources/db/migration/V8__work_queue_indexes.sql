-- The work queue sorts on these columns (with the id as tie-breaker); each has an index so a page
-- is an index scan, also with 100,000 applications.
create index grant_application_due_ix on grant_application (decision_due, id);
create index grant_application_submitted_ix on grant_application (submitted_at, id);
create index grant_application_amount_ix on grant_application (amount_requested, id);
create index grant_application_status_ix on grant_application (status, id);
