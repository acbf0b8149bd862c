-- Issue 20: the optional columns each user chose to see in an all-day list ("Mijn aanvragen", payments, the
-- funders' marketplace), remembered per user and view (comma-separated column keys). The work queue keeps its own
-- table (work_queue_preference). Owned by security (an account's setting); goes with the account.
create table view_preference (
    user_id         bigint       not null references app_user (id) on delete cascade,
    view_key        varchar(40)  not null check (view_key ~ '^[a-z0-9-]+$'),
    visible_columns varchar(500) not null,
    primary key (user_id, view_key)
);
