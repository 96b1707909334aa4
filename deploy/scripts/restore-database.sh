#!/usr/bin/env bash
# Restores a copy made by backup-database.sh into a database on another server (a scratch server for the restore
# drill, or a new server after a disaster), creating the database if it does not exist. Objects are owned by the
# restoring user (--no-owner), so the copy restores on a server where the bot's role does not exist yet.
#
#   deploy/scripts/restore-database.sh POSTGRES_HOST POSTGRES_DATABASE ADMIN_USER DUMP_FILE
#
# Safe to run again into the same database: existing objects are dropped and restored (--clean --if-exists), so the
# result is the copy, nothing more. PGSSLMODE and PGPORT are honoured (default require, 5432); the password is an
# Entra token from az. Check the result with the queries in deploy/README.md, "Restore drill".
set -euo pipefail

[[ $# -eq 4 ]] || { echo "usage: $0 POSTGRES_HOST POSTGRES_DATABASE ADMIN_USER DUMP_FILE" >&2; exit 2; }
host="$1"
database="$2"
user="$3"
dump_file="$4"
[[ -f "$dump_file" ]] || { echo "no copy at $dump_file" >&2; exit 2; }

PGPASSWORD="$(az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv)"
export PGPASSWORD
export PGSSLMODE="${PGSSLMODE:-require}"

exists="$(psql --host "$host" --dbname postgres --username "$user" --no-psqlrc --tuples-only --no-align \
  -v ON_ERROR_STOP=1 -v database="$database" <<'SQL'
SELECT count(*) FROM pg_database WHERE datname = :'database';
SQL
)"
if [[ "$exists" == "0" ]]; then
  psql --host "$host" --dbname postgres --username "$user" --no-psqlrc -v ON_ERROR_STOP=1 -v database="$database" <<'SQL'
CREATE DATABASE :"database";
SQL
fi

pg_restore --host "$host" --dbname "$database" --username "$user" --no-password \
  --clean --if-exists --no-owner --no-privileges --exit-on-error "$dump_file"
echo "restored $dump_file into $database on $host"
