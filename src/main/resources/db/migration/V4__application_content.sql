-- The content of an application: the facility, the project and its impact on loneliness, the cost
-- budget and the financing plan. Text lengths are limited here as well as in the forms.

alter table grant_application
    add column facility_type              varchar(30) check (facility_type in ('COMMUNITY_CENTRE', 'ASSOCIATION_BUILDING', 'VILLAGE_SHOP')),
    add column facility_name              varchar(200),
    add column facility_street            varchar(200),
    add column facility_postcode          varchar(7) check (facility_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    add column facility_city              varchar(100),
    add column facility_municipality_code varchar(6) references municipality (code),
    add column kind_of_work               varchar(20) check (kind_of_work in ('NEW_BUILDING', 'RENOVATION', 'KEEP_OPEN')),
    add column description                varchar(4000),
    add column target_groups              varchar(1000),
    add column expected_visitors_per_week integer check (expected_visitors_per_week between 0 and 100000),
    add column activities                 varchar(4000),
    add column partners                   varchar(1000),
    add column intervention               varchar(500),
    add column start_date                 date,
    add column end_date                   date,
    add column seeking_cofinancing        boolean not null default false,
    add column applicant_locale           varchar(2) not null default 'nl' check (applicant_locale in ('nl', 'en')),
    add column submitted_by               varchar(254),
    add column withdrawn_at               timestamptz,
    add constraint grant_application_period_ck check (end_date is null or start_date is null or end_date >= start_date),
    add constraint grant_application_submitted_ck check (status = 'DRAFT' or (reference is not null and submitted_at is not null));

create table cost_line (
    application_id bigint  not null references grant_application (id) on delete cascade,
    position       integer not null,
    category       varchar(20) not null check (category in ('CONSTRUCTION', 'SUSTAINABILITY', 'FURNISHING', 'STAFF',
                                                            'ACTIVITIES', 'OPERATING', 'OTHER')),
    year           integer not null check (year between 2000 and 2100),
    description    varchar(500),
    amount         numeric(14, 2) not null check (amount >= 0),
    primary key (application_id, position)
);

-- The financing plan: the grant asked of the fund per year, and the co-financing.
-- IN_KIND lines carry volunteer hours × hourly rate; their amount is that product.
create table financing_line (
    application_id bigint  not null references grant_application (id) on delete cascade,
    position       integer not null,
    source         varchar(20) not null check (source in ('GRANT', 'MUNICIPALITY', 'PROVINCE', 'PRIVATE_FUNDER',
                                                          'OWN_FUNDS', 'IN_KIND', 'LOAN')),
    year           integer not null check (year between 2000 and 2100),
    description    varchar(500),
    amount         numeric(14, 2) not null check (amount >= 0),
    hours          numeric(10, 2) check (hours >= 0),
    hourly_rate    numeric(8, 2) check (hourly_rate >= 0),
    primary key (application_id, position),
    constraint financing_line_in_kind_ck check (source <> 'IN_KIND' or (hours is not null and hourly_rate is not null))
);

create index grant_application_status_due_ix on grant_application (status, decision_due);
