#!/usr/bin/env bash
# Backup of a running instance's database (docs/operations.md, "Backup and restore").
#
#   ops/backup/backup.sh OUTPUT_DIR [DATABASE]
#
# DATABASE: a database name, a libpq connection string ("host=db port=5432 dbname=gemeenschapsfonds user=owner") or a
# URL (postgresql://owner@db:5432/gemeenschapsfonds); without it the libpq variables (PGHOST, PGPORT, PGUSER,
# PGDATABASE; the password in PGPASSWORD or ~/.pgpass) say where. Connect as the schema owner (the role Flyway migrates
# as) or any role that may read every table; the application's runtime role may not read the whole schema.
#
# pg_dump reads one consistent snapshot while the application keeps running (it takes no lock that stops writers),
# so every node may stay up. Writes gemeenschapsfonds-<UTC time>.dump (pg_dump's custom format, compressed) with a
# .sha256 next to it, checks that pg_restore can read the file, and prints the file's name as the last line.
# PG_BIN: the folder of pg_dump/pg_restore when they are not on the PATH; use the server's major version or newer.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
out_dir=$1
database=${2:-${PGDATABASE:-}}
[ -n "$database" ] || { echo "backup.sh: no database given (argument or PGDATABASE)" >&2; exit 2; }
bin=${PG_BIN:+$PG_BIN/}

mkdir -p "$out_dir"
file="$out_dir/gemeenschapsfonds-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

started=$(date +%s)
"${bin}pg_dump" --dbname="$database" --format=custom --compress=6 --no-password --file="$partial"
# a file pg_restore cannot read is no backup
"${bin}pg_restore" --list "$partial" >/dev/null
mv "$partial" "$file"
(cd "$out_dir" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
echo "backup.sh: $(du -h "$file" | cut -f1) in $(( $(date +%s) - started )) s" >&2
echo "$file"
