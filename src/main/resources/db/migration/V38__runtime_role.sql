-- Two database roles (issue 15): Flyway migrates as the owner of the schema; the application connects as a runtime
-- role (placeholder runtime_role, app.db.runtime-role / APP_DB_RUNTIME_ROLE) that owns nothing, so it cannot ALTER or
-- DROP tables or the triggers that keep the audit trail and the ledger append-only. Tables made by later migrations
-- get the runtime role's rights through ALTER DEFAULT PRIVILEGES (a later migration that wants a table append-only
-- revokes UPDATE/DELETE/TRUNCATE on it itself); afterMigrate__runtime_role_grants.sql re-asserts the revokes on
-- the audit trail and the ledger after every migration. The role must exist before this migration runs. With an empty placeholder (one role for everything) nothing is
-- granted here: supported, but then the database no longer guards these rules against the application (docs/security.md).
do $$
declare
    runtime text := '${runtime_role}';
begin
    if runtime = '' then
        raise notice 'No runtime role configured (app.db.runtime-role): the application connects as the schema owner';
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = runtime) then
        raise exception 'The runtime role % does not exist: create it first (docs/adr/0018-database-roles.md)', runtime;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), runtime);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I', current_schema(), runtime);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I', current_schema(), runtime);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), runtime);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), runtime);
    execute format('revoke update, delete, truncate on audit_entry, budget_movement from %I', runtime);
end $$;
