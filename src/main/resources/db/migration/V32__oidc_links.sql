-- Sign-in through an identity provider (issue 14): a person at a provider, known by the provider's
-- issuer and subject (for a DigiD/eHerkenning broker: its pseudonym, never a BSN), linked to one account.
create table oidc_link (
    issuer          varchar(500) not null,
    subject         varchar(255) not null,
    user_id         bigint       not null references app_user (id),
    registration    varchar(100) not null,
    created_at      timestamptz  not null default now(),
    last_sign_in_at timestamptz,
    primary key (issuer, subject)
);
create index oidc_link_user_idx on oidc_link (user_id);
