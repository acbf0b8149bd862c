#!/usr/bin/env bash
# Restore of a backup made by backup.sh into an EMPTY database (docs/operations.md, "Backup and restore").
#
#   ops/backup/restore.sh DUMP_FILE [DATABASE]
#
# DATABASE as for backup.sh (name, connection string or URL; or the libpq variables). Connect as the role that is to
# own the schema: the one the application's Flyway migrates as (SPRING_FLYWAY_USER, or the datasource user). The
# objects are restored owned by it (--no-owner), with their grants to the runtime role.
#
# Roles belong to the PostgreSQL cluster, not to a database, so they are not in the dump: the runtime role the
# application connects as (APP_DB_RUNTIME_ROLE, default gemeenschapsfonds_app; empty: none) must exist in the target
# cluster first, e.g.  create role gemeenschapsfonds_app login password '...' nosuperuser nocreatedb nocreaterole noinherit;
#
# The restore is one transaction: it ends complete or leaves the database empty. Afterwards the figures of
# ops/backup/figures.sql can be compared with the source's, and the application started on the database: its
# Flyway validates the migration history (nothing to migrate from the same release) and re-asserts the runtime
# role's rights (afterMigrate), Hibernate validates the schema. PG_BIN as for backup.sh.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
dump=$1
database=${2:-${PGDATABASE:-}}
[ -n "$database" ] || { echo "restore.sh: no database given (argument or PGDATABASE)" >&2; exit 2; }
[ -r "$dump" ] || { echo "restore.sh: cannot read $dump" >&2; exit 2; }
bin=${PG_BIN:+$PG_BIN/}
runtime_role=${APP_DB_RUNTIME_ROLE-gemeenschapsfonds_app}

if [ -f "$dump.sha256" ]; then
    (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256") \
        || { echo "restore.sh: $dump does not match its .sha256: damaged or incomplete" >&2; exit 1; }
fi

query() { "${bin}psql" --dbname="$database" --no-password --no-psqlrc --tuples-only --no-align --quiet --command="$1"; }

tables=$(query "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
if [ "$tables" != 0 ]; then
    echo "restore.sh: the target database holds $tables tables: restore only into an empty database" >&2
    exit 1
fi
if [ -n "$runtime_role" ] && [ "$(query "select count(*) from pg_roles where rolname = '$runtime_role'")" != 1 ]; then
    echo "restore.sh: the runtime role '$runtime_role' does not exist in the target cluster; create it first (see the top of this script)" >&2
    exit 1
fi

started=$(date +%s)
"${bin}pg_restore" --dbname="$database" --no-password --no-owner --exit-on-error --single-transaction "$dump"
query "analyze" >/dev/null
echo "restore.sh: restored $(query "select count(*) from pg_tables where schemaname = 'public'") tables in $(( $(date +%s) - started )) s" >&2
