#!/usr/bin/env bash
# Creates the PostgreSQL role for the bot's managed identity and gives it the bot's database. Run it as a member of the
# PostgreSQL administrators group (postgresAdminGroupName), in Azure Cloud Shell (deploy/README.md step 8 says why).
# Safe to run again: an existing role is kept, and the grants are the same each time.
#
#   deploy/scripts/grant-database-access.sh POSTGRES_HOST POSTGRES_DATABASE IDENTITY_NAME ADMIN_GROUP_NAME
#
# The first three are deployment outputs; ADMIN_GROUP_NAME is the postgresAdminGroupName parameter, spaces and all.
# The password is an Entra access token (https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-configure-sign-in-azure-ad-authentication).
# Needs psql (Debian package postgresql-client; Cloud Shell has it). PGSSLMODE and PGPORT are honoured (default require, 5432).
set -euo pipefail

[[ $# -eq 4 ]] || { echo "usage: $0 POSTGRES_HOST POSTGRES_DATABASE IDENTITY_NAME ADMIN_GROUP_NAME" >&2; exit 2; }
host="$1"
database="$2"
identity_name="$3"
admin_group="$4"

PGPASSWORD="$(az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv)"
export PGPASSWORD
export PGSSLMODE="${PGSSLMODE:-require}"

# Each value is passed as its own argument (never pasted into a connection string), so a group name with spaces,
# such as "Cadoxton IT admins", is one user name; inside SQL it is quoted by psql's :'var' and :"var".
run_psql() {
  local dbname="$1"
  shift
  psql --host "$host" --dbname "$dbname" --username "$admin_group" --no-psqlrc -v ON_ERROR_STOP=1 "$@"
}

# pgaadauth_create_principal must run in the postgres database; the grants in the bot's database.
run_psql postgres -v identity="$identity_name" <<'SQL'
SELECT * FROM pgaadauth_create_principal(:'identity', false, false)
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'identity');
SQL
# The bot creates its own tables when it starts, so it needs CREATE on the public schema (PostgreSQL 15 and later
# no longer give that to everyone).
run_psql "$database" -v identity="$identity_name" -v database="$database" <<'SQL'
GRANT CONNECT, CREATE, TEMPORARY ON DATABASE :"database" TO :"identity";
GRANT USAGE, CREATE ON SCHEMA public TO :"identity";
SQL
echo "granted $identity_name access to $database on $host"
