-- Issue 13: the paying (debtor) account belongs to the fund, set by an administrator, and money never leaves before
-- it is due.

-- The account the fund pays from: all three or none. No built-in example account: a batch cannot be exported for a
-- fund without one (PaymentService). The IBAN's check digits are checked by the application (base.Iban).
alter table fund
    add column payer_name varchar(70),
    add column payer_iban varchar(34),
    add column payer_bic  varchar(11),
    add constraint fund_payer_complete_ck check ((payer_name is null) = (payer_iban is null)
        and (payer_iban is null) = (payer_bic is null)),
    add constraint fund_payer_iban_ck check (payer_iban is null or payer_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    add constraint fund_payer_bic_ck check (payer_bic is null or payer_bic ~ '^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$');

-- Which fund's account a batch was paid from (batches exported before this migration have none).
alter table payment_batch
    add column fund_id bigint references fund (id),
    add column debtor_iban varchar(34);

-- TARGET2 never settles on a weekend (the closing days are kept by payment.Target2Calendar); a batch is booked paid
-- on or after its execution date. NOT VALID: rows written before these rules existed stay as they are.
alter table payment_batch
    add constraint payment_batch_business_day_ck check (extract(isodow from execution_date) < 6) not valid,
    add constraint payment_batch_paid_after_execution_ck check (paid_on is null or paid_on >= execution_date) not valid;

-- A payment is never paid before it is due.
alter table payment_instruction
    add constraint payment_paid_after_due_ck check (paid_on is null or paid_on >= due_on) not valid;

-- Across the two tables: a payment in a batch is executed on or after its due date, and booked paid on or after the
-- execution date. Checked whenever a payment joins a batch or is paid (payment.ExecutionDatePolicy says the same).
create function payment_instruction_dates_check() returns trigger language plpgsql as $$
declare
    executed date;
begin
    if new.batch_id is null then
        return new;
    end if;
    select execution_date into executed from payment_batch where id = new.batch_id;
    if executed < new.due_on then
        raise exception 'payment % would be executed on % before it is due on %', new.reference, executed, new.due_on
            using errcode = 'check_violation';
    end if;
    if new.paid_on is not null and new.paid_on < executed then
        raise exception 'payment % would be booked paid on % before its execution on %', new.reference, new.paid_on, executed
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger payment_instruction_dates_trg
    before insert or update of batch_id, paid_on, due_on on payment_instruction
    for each row execute function payment_instruction_dates_check();
