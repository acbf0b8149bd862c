-- Issue 17 item 2 (docs/adr/0024-retention-and-destruction.md): when an application's records are destroyed, the
-- audit entries about it lose the personal data they hold (who acted, the before/after texts and the reason) and keep
-- what happened when. The audit trail stays append-only for everything else: the runtime role has no UPDATE on
-- audit_entry (afterMigrate), and the trigger lets an UPDATE through only inside this function, which changes nothing
-- but those columns of the entries about one application.
create or replace function audit_entry_guard() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('app.audit_redaction', true) = 'on'
       and new.id = old.id and new.occurred_at = old.occurred_at and new.action = old.action
       and new.object_type = old.object_type and new.object_id = old.object_id then
        return new;
    end if;
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end $$;

drop trigger audit_entry_no_update_delete on audit_entry;
create trigger audit_entry_no_update_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_guard();

create function redact_audit_of_application(p_application_id bigint, p_reference text) returns integer
language plpgsql security definer set search_path = public as $$
declare
    redacted integer;
    -- the reference as a whole word: GF-2027-0001 does not match GF-2027-00012
    pattern text := '(^|[^0-9A-Za-z])' || p_reference || '($|[^0-9])';
begin
    perform set_config('app.audit_redaction', 'on', true);
    update audit_entry
       set actor = '(vernietigd)', before_state = null, after_state = null, reason = null
     where (object_type = 'Application' and object_id = p_application_id::text)
        or (p_reference is not null and (before_state ~ pattern or after_state ~ pattern or reason ~ pattern));
    get diagnostics redacted = row_count;
    perform set_config('app.audit_redaction', 'off', true);
    return redacted;
end $$;
