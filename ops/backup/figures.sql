-- The figures a restore must reproduce (docs/operations.md, "Backup and restore"): the rows of every table, the
-- migration the schema is at, and the budget ledger's totals per kind of movement. Run it on the source (quiet, or on
-- the backup restored elsewhere) and on the restored database, and compare:
--   psql --no-psqlrc -At -f ops/backup/figures.sql SOURCE > before.txt
--   psql --no-psqlrc -At -f ops/backup/figures.sql TARGET > after.txt && diff before.txt after.txt
select 'rows|' || c.relname || '|' || (xpath('/row/n/text()',
        query_to_xml(format('select count(*) as n from %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where c.relkind = 'r' and n.nspname = 'public'
order by c.relname;

select 'migration|' || coalesce(max(version::int)::text, '-') from flyway_schema_history where success and version is not null;

select 'ledger|' || kind || '|' || count(*) || '|' || sum(amount) from budget_movement group by kind order by kind;
