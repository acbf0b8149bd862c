-- The public grant register (subsidieregister) and its open data (360Giving, /api/v1): a read model owned by
-- the register module, filled from the decision and settlement events in the same transaction as the decision
-- (so only committed, sent decisions appear), with the authority's choices on what is not published.

-- One row per published-able grant (granted or partly granted, to an organisation that is a legal person).
-- Refusals never get a row. Texts are copied: the register shows what was decided, not later profile edits.
create table register_grant (
    application_id          bigint primary key references grant_application (id),
    decision_id             bigint not null unique references decision (id),
    reference               varchar(20) not null unique,
    authority_id            bigint not null references authority (id),
    authority_code          varchar(20) not null,
    authority_name          varchar(200) not null,
    call_id                 bigint not null references grant_call (id),
    call_title_nl           varchar(200) not null,
    call_title_en           varchar(200) not null,
    organisation_id         bigint not null references organisation (id),
    organisation_name       varchar(200) not null,
    organisation_kvk        varchar(8),
    organisation_municipality_code varchar(6) references municipality (code),
    title                   varchar(200) not null,
    description             varchar(4000),
    facility_type           varchar(30) check (facility_type in ('COMMUNITY_CENTRE', 'ASSOCIATION_BUILDING', 'VILLAGE_SHOP')),
    facility_municipality_code varchar(6) references municipality (code),
    kind                    varchar(20) not null check (kind in ('GRANT', 'GRANT_PARTLY')),
    amount_requested        numeric(14, 2),
    granted_total           numeric(14, 2) not null check (granted_total > 0),
    settled_amount          numeric(14, 2) check (settled_amount >= 0),
    settled_on              date,
    decision_date           date not null,
    start_date              date,
    end_date                date,
    updated_at              timestamptz not null,
    constraint register_grant_settled_ck check ((settled_amount is null) = (settled_on is null))
);
-- keyset paging per sort order (newest decision first, largest amount first, recipient A-Z), with and without authority
create index register_grant_date_ix on register_grant (decision_date desc, application_id desc);
create index register_grant_authority_date_ix on register_grant (authority_id, decision_date desc, application_id desc);
create index register_grant_amount_ix on register_grant (granted_total desc, application_id desc);
create index register_grant_name_ix on register_grant (organisation_name, application_id);
create index register_grant_call_ix on register_grant (call_id);

-- The amount granted per budget year.
create table register_grant_year (
    application_id bigint  not null references register_grant (application_id) on delete cascade,
    year           integer not null check (year between 2000 and 2100),
    amount         numeric(14, 2) not null check (amount > 0),
    primary key (application_id, year)
);
create index register_grant_year_year_ix on register_grant_year (year, application_id);

-- Co-financing confirmed by funders, for the open data (360Giving additional_data). Funder names only.
create table register_grant_cofinancing (
    application_id bigint  not null references register_grant (application_id) on delete cascade,
    position       integer not null,
    funder_name    varchar(200) not null,
    year           integer not null,
    amount         numeric(14, 2) not null check (amount > 0),
    kind           varchar(10) not null,
    primary key (application_id, position)
);

-- The authority's minimum per call: grants whose total is below it are not listed (set by ADMIN).
create table register_call_threshold (
    call_id        bigint primary key references grant_call (id),
    minimum_amount numeric(14, 2) not null check (minimum_amount >= 0),
    set_by         varchar(254) not null,
    set_at         timestamptz not null
);

-- A grant the authority holds back from publication, with the reason (e.g. the safety of a women's shelter).
-- Audited: every hold and release is in audit_entry as well.
create table register_hold_back (
    application_id bigint primary key references grant_application (id),
    reason         varchar(2000) not null check (length(btrim(reason)) > 0),
    held_by        varchar(254) not null,
    held_at        timestamptz not null
);

-- The authority as a funding organisation in 360Giving: its org-id (e.g. NL-OIN-…, NL-KVK-…); when absent the
-- export uses 360G-<prefix>-<authority code>.
create table register_funder_identifier (
    authority_id bigint primary key references authority (id),
    org_id       varchar(100) not null check (org_id ~ '^[A-Za-z0-9]+-[A-Za-z0-9]+-.+$'),
    set_by       varchar(254) not null,
    set_at       timestamptz not null
);
