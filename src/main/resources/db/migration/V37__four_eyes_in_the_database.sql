-- Four eyes, also in the database (issue 15): whoever assessed an application does not decide on it, and whoever
-- decided a grant does not approve its payments. The services check the same first and say so at the field; these
-- triggers hold whatever code writes the rows. Names are the actors' e-mail addresses, compared case-insensitively.

create function refuse_decision_by_assessor() returns trigger
language plpgsql as $$
begin
    if exists (select 1 from assessment a
               where a.application_id = new.application_id and lower(a.reviewer) = lower(new.decided_by)) then
        raise exception 'four eyes: % assessed application % and cannot decide on it', new.decided_by, new.application_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger decision_four_eyes
    before insert or update of decided_by, application_id on decision
    for each row execute function refuse_decision_by_assessor();

create function refuse_approval_by_decider() returns trigger
language plpgsql as $$
begin
    if new.approved_by is not null and exists (select 1 from decision d
               where d.id = new.decision_id and lower(d.decided_by) = lower(new.approved_by)) then
        raise exception 'four eyes: % decided the grant of payment % and cannot approve it', new.approved_by, new.reference
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger payment_instruction_four_eyes
    before insert or update of approved_by, decision_id on payment_instruction
    for each row execute function refuse_approval_by_decider();
