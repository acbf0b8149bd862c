-- Issue 22 item 5 (m22b, ADR 0029): a settlement is a decision (Awb 4:46), so the applicant can object to it through the
-- same objection workflow as to the grant decision. An objection says what it is against; there is at most one of each
-- per application.
alter table objection add column subject varchar(10) not null default 'DECISION'
    check (subject in ('DECISION', 'SETTLEMENT'));
create unique index objection_subject_ux on objection (application_id, subject);

-- What a settlement set per budget year (settled, and what was paid when it was decided), so that an upheld objection
-- corrects year by year with new ledger movements, and a repayment received later books against the right years.
create table settlement_year (
    settlement_id bigint  not null references settlement (id),
    year          integer not null,
    granted       numeric(14, 2) not null check (granted >= 0),
    settled       numeric(14, 2) not null check (settled >= 0),
    paid          numeric(14, 2) not null check (paid >= 0),
    primary key (settlement_id, year),
    constraint settlement_year_within_grant_ck check (settled <= granted)
);
