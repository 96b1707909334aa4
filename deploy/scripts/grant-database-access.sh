#!/usr/bin/env bash
# Creates the PostgreSQL role for the bot's managed identity and gives it the bot's database. Run it as a member of the
# PostgreSQL administrators group (postgresAdminGroupName), in Azure Cloud Shell (deploy/README.md step 8 says why).
# Safe to run again: an existing role is kept (after checking it is this identity's), and the grants are the same
# each time.
#
#   deploy/scripts/grant-database-access.sh POSTGRES_HOST POSTGRES_DATABASE IDENTITY_NAME IDENTITY_PRINCIPAL_ID ADMIN_GROUP_NAME
#
# The first four are deployment outputs; ADMIN_GROUP_NAME is the postgresAdminGroupName parameter, spaces and all.
# The role is bound to the identity by its object (principal) id with pgaadauth_create_principal_with_oid, so another
# principal with the same display name in a shared tenant (Hwb) can never be picked instead
# (https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-manage-azure-ad-users).
# The bot gets what it needs and no more: CONNECT on its database, and USAGE and CREATE on the public schema, where it
# creates and migrates its own tables at start-up (PostgreSQL 15 and later no longer give CREATE there to everyone).
# The password is an Entra access token (https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-configure-sign-in-azure-ad-authentication).
# Needs psql (Debian package postgresql-client; Cloud Shell has it). PGSSLMODE and PGPORT are honoured (default require, 5432).
set -euo pipefail

[[ $# -eq 5 ]] || { echo "usage: $0 POSTGRES_HOST POSTGRES_DATABASE IDENTITY_NAME IDENTITY_PRINCIPAL_ID ADMIN_GROUP_NAME" >&2; exit 2; }
host="$1"
database="$2"
identity_name="$3"
principal_id="$4"
admin_group="$5"
guid='^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$'
[[ "$principal_id" =~ $guid ]] || { echo "IDENTITY_PRINCIPAL_ID must be the identity's object (principal) id, a GUID; got '$principal_id'" >&2; exit 2; }

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

# pgaadauth_* must run in the postgres database; the grants in the bot's database.
exists="$(run_psql postgres --tuples-only --no-align -v identity="$identity_name" <<'SQL'
SELECT count(*) FROM pg_roles WHERE rolname = :'identity';
SQL
)"
if [[ "$exists" == "0" ]]; then
  run_psql postgres --quiet --tuples-only -v identity="$identity_name" -v principal="$principal_id" <<'SQL'
SELECT * FROM pgaadauth_create_principal_with_oid(:'identity', :'principal', 'service', false, false);
SQL
else
  # Columns: rolname, principalType, objectId, tenantId, isMfa, isAdmin.
  bound_to="$(run_psql postgres --tuples-only --no-align --field-separator=$'\t' <<'SQL' | awk -F'\t' -v role="$identity_name" '$1 == role { print $3 }'
SELECT * FROM pgaadauth_list_principals(false);
SQL
)"
  if [[ "${bound_to,,}" != "${principal_id,,}" ]]; then
    echo "The PostgreSQL role '$identity_name' already exists but belongs to ${bound_to:-no Entra principal}, not to the identity $principal_id. Nothing was granted. Check the IDENTITY_PRINCIPAL_ID output, and ask the server's administrators who made that role." >&2
    exit 1
  fi
  echo "The role '$identity_name' already exists for the identity $principal_id; kept."
fi

run_psql "$database" --quiet -v identity="$identity_name" -v database="$database" <<'SQL'
GRANT CONNECT ON DATABASE :"database" TO :"identity";
-- Earlier versions of this script also granted CREATE on the database, which the bot never needs.
REVOKE CREATE ON DATABASE :"database" FROM :"identity";
GRANT USAGE, CREATE ON SCHEMA public TO :"identity";
SQL
echo "granted $identity_name access to $database on $host"
