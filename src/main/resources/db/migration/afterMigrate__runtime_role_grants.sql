-- After every migration (Flyway callback, idempotent): the runtime role never changes the audit trail or the ledger
-- movements once written, nor Flyway's history, whatever a later migration granted. See V38.
do $$
declare
    runtime text := '${runtime_role}';
begin
    if runtime = '' or not exists (select 1 from pg_roles where rolname = runtime) then
        return;
    end if;
    execute format('revoke update, delete, truncate on audit_entry, budget_movement from %I', runtime);
    if to_regclass('flyway_schema_history') is not null then
        execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', runtime);
    end if;
end $$;
