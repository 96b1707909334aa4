#!/usr/bin/env bash
# Takes a logical copy of the bot's database with pg_dump (custom format), for the restore drill and for a copy the
# school keeps outside Azure: Azure's own backups cannot be exported (https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore).
# Concern content in it is encrypted with the concerns key, which is NOT in the dump: keep the dump and the escrowed
# keys in different places.
#
#   deploy/scripts/backup-database.sh POSTGRES_HOST POSTGRES_DATABASE ADMIN_USER OUT_FILE [READ_AS_ROLE]
#
# ADMIN_USER is the PostgreSQL administrators group's name (Azure) or any role that may read the database. The bot's
# tables belong to its own role; the administrators read them through PostgreSQL's predefined role pg_read_all_data
# (on Azure, the administrators' role azure_pg_admin holds it and may grant it), or, with READ_AS_ROLE (the bot's
# identity name), as the bot's role through SET ROLE, which needs membership in it. Before copying anything the script
# checks that every table and sequence can be read, and if not says which of the two to set up
# (deploy/README.md, "Restore drill").
# Safe to run again: the file is written whole or not at all. Needs pg_dump of the server's major version or newer.
# PGSSLMODE and PGPORT are honoured (default require, 5432); the password is an Entra token from az.
set -euo pipefail

[[ $# -ge 4 && $# -le 5 ]] || { echo "usage: $0 POSTGRES_HOST POSTGRES_DATABASE ADMIN_USER OUT_FILE [READ_AS_ROLE]" >&2; exit 2; }
host="$1"
database="$2"
user="$3"
out_file="$4"
read_as="${5:-}"

PGPASSWORD="$(az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv)"
export PGPASSWORD
export PGSSLMODE="${PGSSLMODE:-require}"

server_version="$(psql --host "$host" --dbname "$database" --username "$user" --no-psqlrc --tuples-only --no-align \
  --command "SHOW server_version_num")"
server_major=$((server_version / 10000))
dump_major="$(pg_dump --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')"
if ((dump_major < server_major)); then
  echo "pg_dump $dump_major cannot copy a PostgreSQL $server_major server: install postgresql-client-$server_major." >&2
  exit 1
fi

# Every table and sequence must be readable (as READ_AS_ROLE when given), or the copy would stop half-way.
unreadable="$(psql --host "$host" --dbname "$database" --username "$user" --no-psqlrc --quiet --tuples-only --no-align \
  -v ON_ERROR_STOP=1 -v read_as="${read_as:-}" 2>&1 <<'SQL' || true
SELECT :'read_as' <> '' AS read_as_role \gset
\if :read_as_role
SET ROLE :"read_as";
\endif
SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
  AND NOT has_table_privilege(c.oid, 'SELECT');
SQL
)"
if [[ "$unreadable" != "0" ]]; then
  details="${unreadable//$'\n'/ }"
  [[ ! "$unreadable" =~ ^[0-9]+$ ]] || details="$unreadable table(s) or sequence(s) refused"
  echo "$user cannot read every table of $database${read_as:+ as $read_as} ($details). Nothing was copied. Either" >&2
  echo "  give the administrators group PostgreSQL's read-everything role, once, in psql as the group (database postgres):" >&2
  echo "    GRANT pg_read_all_data TO \"$user\";" >&2
  echo "  or let it act as the bot's role and pass that role as READ_AS_ROLE:" >&2
  echo "    GRANT \"<IDENTITY_NAME>\" TO \"$user\";" >&2
  exit 1
fi

role_option=()
[[ -z "$read_as" ]] || role_option=(--role "$read_as")
rm -f "$out_file.partial"
pg_dump --host "$host" --dbname "$database" --username "$user" --no-password "${role_option[@]}" \
  --format custom --file "$out_file.partial"
mv -f "$out_file.partial" "$out_file"
echo "copied $database from $host to $out_file ($(wc -c <"$out_file") bytes)"
