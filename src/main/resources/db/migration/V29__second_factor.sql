-- The second factor (issue 14): a TOTP authenticator per account (RFC 6238, 30-second steps) and ten
-- single-use recovery codes, kept as SHA-256 hashes only. Staff with a local password must have one;
-- applicants and funders may switch it on. last_step refuses a code that was already used.
alter table app_user
    add column totp_secret    varchar(64),
    add column totp_since     timestamptz,
    add column totp_last_step bigint;

create table recovery_code (
    id        bigserial primary key,
    user_id   bigint      not null references app_user (id),
    code_hash char(64)    not null,
    used_at   timestamptz
);
create index recovery_code_user_idx on recovery_code (user_id);
