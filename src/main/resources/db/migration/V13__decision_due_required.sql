-- Every submitted application has a decision due date: submitting sets it (Awb 4:13, the call's decision
-- term) and an extension only moves it. Held by the database too, so the work queue can page by
-- (decision_due, id) without a second statement for rows without a date. Fails on a database that holds
-- such a row; none can arise through the application.
alter table grant_application
    add constraint grant_application_decision_due_ck check (status = 'DRAFT' or decision_due is not null);
