#!/usr/bin/env bash
# Creates the PostgreSQL role for the bot's managed identity and gives it the bot's database. Run it as a member
# of the PostgreSQL administrators group (postgresAdminGroupName), signed in with az login.
#
#   deploy/scripts/grant-database-access.sh POSTGRES_HOST POSTGRES_DATABASE IDENTITY_NAME ADMIN_GROUP_NAME
#
# The first three are deployment outputs; ADMIN_GROUP_NAME is the postgresAdminGroupName parameter.
# Needs psql (Debian package postgresql-client).
set -euo pipefail

[[ $# -eq 4 ]] || { echo "usage: $0 POSTGRES_HOST POSTGRES_DATABASE IDENTITY_NAME ADMIN_GROUP_NAME" >&2; exit 2; }
host="$1"
database="$2"
identity_name="$3"
admin_group="$4"

PGPASSWORD="$(az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv)"
export PGPASSWORD

# pgaadauth_create_principal must run in the postgres database; the grants in the bot's database.
psql "host=$host dbname=postgres user=$admin_group sslmode=require" -v ON_ERROR_STOP=1 \
  -v identity="$identity_name" <<'SQL'
SELECT * FROM pgaadauth_create_principal(:'identity', false, false)
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'identity');
SQL
psql "host=$host dbname=$database user=$admin_group sslmode=require" -v ON_ERROR_STOP=1 \
  -v identity="$identity_name" -v database="$database" <<'SQL'
GRANT CONNECT, CREATE, TEMPORARY ON DATABASE :"database" TO :"identity";
GRANT USAGE, CREATE ON SCHEMA public TO :"identity";
SQL
echo "granted $identity_name access to $database on $host"
