-- A pledge through its whole life: PLEDGED -> CONFIRMED (letter of commitment) -> RECEIVED (the
-- applicant records date and amount; the funder confirms the receipt) -> VERIFIED (a reviewer), or
-- WITHDRAWN with a reason before RECEIVED. The checks hold every column to its state, so a bug or a
-- hand-written script cannot leave a pledge half-way (see cofinancing/Pledge.java).
-- For a pledge in kind, description and valuation are required and the amount equals the valuation.
alter table pledge
    add column description                    varchar(2000),
    add column valuation                      numeric(14, 2) check (valuation > 0),
    add column conditions                     varchar(4000),
    add column confirmed_at                   timestamptz,
    add column letter                         bytea,
    add column received_on                    date,
    add column received_amount                numeric(14, 2) check (received_amount >= 0),
    add column receipt_confirmed_by_funder_at timestamptz,
    add column verified_at                    timestamptz,
    add column withdrawn_at                   timestamptz,
    add column withdrawal_reason              varchar(2000),
    add column updated_at                     timestamptz;

alter table pledge
    add constraint pledge_in_kind_ck check (
        (kind = 'CASH' and valuation is null)
     or (kind = 'IN_KIND' and description is not null and valuation is not null and valuation = amount)),
    add constraint pledge_confirmed_ck check (
        (status = 'PLEDGED' and confirmed_at is null and letter is null)
     or (status in ('CONFIRMED', 'RECEIVED', 'VERIFIED') and confirmed_at is not null)
     or status = 'WITHDRAWN'),
    add constraint pledge_received_ck check (
        (status in ('RECEIVED', 'VERIFIED')) = (received_on is not null and received_amount is not null)
        and (received_on is null) = (received_amount is null)),
    add constraint pledge_receipt_confirmed_ck check (
        receipt_confirmed_by_funder_at is null or status in ('RECEIVED', 'VERIFIED')),
    add constraint pledge_verified_ck check (
        (status = 'VERIFIED') = (verified_at is not null)
        and (verified_at is null or receipt_confirmed_by_funder_at is not null)),
    add constraint pledge_withdrawn_ck check (
        (status = 'WITHDRAWN') = (withdrawn_at is not null)
        and (status = 'WITHDRAWN') = (withdrawal_reason is not null));
