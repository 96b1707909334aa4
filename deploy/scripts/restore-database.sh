#!/usr/bin/env bash
# Restores a copy made by backup-database.sh into a database that does not exist yet or is empty, on any server (a
# scratch server for the restore drill, or a new server when the subscription itself was lost), and hands the restored
# tables to the bot's role so that the bot can read, write and migrate them.
#
#   deploy/scripts/restore-database.sh POSTGRES_HOST POSTGRES_DATABASE ADMIN_USER DUMP_FILE [BOT_ROLE] [--force]
#
# It refuses a database that already holds tables: restoring there would replace live records. After a disaster the
# records come back with Azure's point-in-time restore or geo-restore, which create a NEW server with every role and
# grant as it was (deploy/README.md, "Disaster recovery"); this script is for a copy kept outside Azure. --force
# replaces a database that holds tables (the database is dropped and made again): give it only for a scratch copy.
#
# The copy is restored in one transaction (all or nothing) without its owners and grants, so it restores on a server
# where the original roles do not exist. With BOT_ROLE (the bot's identity name; run grant-database-access.sh against
# this server first so the role exists) every restored table, view and sequence is then given to that role, as the bot
# had them: ALTER ... OWNER TO needs the restoring user to be able to act as the bot's role, so the script makes it a
# member of that role for the transfer (without inheriting its rights) and takes the membership back afterwards. If
# PostgreSQL refuses that membership (from PostgreSQL 16 only a role's administrators may grant it), the bot is given
# every right on the restored tables instead and the script says so: the bot reads and writes at once, but a later
# version whose migration alters an existing table needs the ownership, which the server's administrators can then
# transfer.
#
# PGSSLMODE and PGPORT are honoured (default require, 5432); the password is an Entra token from az. Check the result
# with the queries in deploy/README.md, "Restore drill".
set -euo pipefail

usage() { echo "usage: $0 POSTGRES_HOST POSTGRES_DATABASE ADMIN_USER DUMP_FILE [BOT_ROLE] [--force]" >&2; exit 2; }
positional=()
force=""
for argument in "$@"; do
  case "$argument" in
    --force) force=yes ;;
    -*) usage ;;
    *) positional+=("$argument") ;;
  esac
done
[[ ${#positional[@]} -ge 4 && ${#positional[@]} -le 5 ]] || usage
host="${positional[0]}"
database="${positional[1]}"
user="${positional[2]}"
dump_file="${positional[3]}"
bot_role="${positional[4]:-}"
[[ -f "$dump_file" ]] || { echo "no copy at $dump_file" >&2; exit 2; }

PGPASSWORD="$(az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv)"
export PGPASSWORD
export PGSSLMODE="${PGSSLMODE:-require}"

run_psql() {
  local dbname="$1"
  shift
  psql --host "$host" --dbname "$dbname" --username "$user" --no-psqlrc --quiet --tuples-only --no-align \
    -v ON_ERROR_STOP=1 "$@"
}

if [[ -n "$bot_role" ]]; then
  role_exists="$(run_psql postgres -v role="$bot_role" <<'SQL'
SELECT count(*) FROM pg_roles WHERE rolname = :'role';
SQL
)"
  if [[ "$role_exists" == "0" ]]; then
    echo "There is no role '$bot_role' on $host: run deploy/scripts/grant-database-access.sh against this server first. Nothing was restored." >&2
    exit 1
  fi
fi

exists="$(run_psql postgres -v database="$database" <<'SQL'
SELECT count(*) FROM pg_database WHERE datname = :'database';
SQL
)"
if [[ "$exists" == "1" ]]; then
  tables="$(run_psql "$database" <<'SQL'
SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%';
SQL
)"
  if [[ "$tables" != "0" && -z "$force" ]]; then
    echo "The database $database on $host already holds $tables table(s), view(s) or sequence(s): restoring this copy would replace them. Nothing was changed." >&2
    echo "To recover the bot's records after a disaster use point-in-time restore or geo-restore, which make a new server (deploy/README.md, \"Disaster recovery\"); to restore this copy choose a new database name. Give --force only to replace a scratch copy." >&2
    exit 1
  fi
  if [[ "$tables" != "0" ]]; then
    echo "--force: dropping $database on $host and making it again."
    run_psql postgres -v database="$database" <<'SQL'
DROP DATABASE :"database" WITH (FORCE);
SQL
    exists=0
  fi
fi
if [[ "$exists" == "0" ]]; then
  run_psql postgres -v database="$database" <<'SQL'
CREATE DATABASE :"database";
SQL
fi

pg_restore --host "$host" --dbname "$database" --username "$user" --no-password \
  --no-owner --no-privileges --single-transaction "$dump_file"
echo "restored $dump_file into $database on $host"
[[ -n "$bot_role" ]] || exit 0

run_psql "$database" -v role="$bot_role" -v database="$database" <<'SQL'
GRANT CONNECT ON DATABASE :"database" TO :"role";
GRANT USAGE, CREATE ON SCHEMA public TO :"role";
SQL

# PostgreSQL 16 split membership into INHERIT and SET; ALTER ... OWNER TO needs SET (before 16: plain membership).
can_act_as="pg_has_role(current_user, :'role', 'MEMBER')"
membership="GRANT :\"role\" TO CURRENT_USER"
version="$(run_psql postgres <<<"SHOW server_version_num")"
if ((version >= 160000)); then
  can_act_as="pg_has_role(current_user, :'role', 'SET')"
  membership="GRANT :\"role\" TO CURRENT_USER WITH INHERIT FALSE, SET TRUE"
fi
granted_membership=""
acts_as="$(run_psql postgres -v role="$bot_role" <<<"SELECT $can_act_as")"
if [[ "$acts_as" != "t" ]] && run_psql postgres -v role="$bot_role" <<<"$membership" 2>/dev/null; then
  granted_membership=yes
  acts_as=t
fi

if [[ "$acts_as" == "t" ]]; then
  # Tables (with their indexes and the sequences their columns own), views, sequences of their own, functions, types,
  # then schemas other than public.
  run_psql "$database" -v role="$bot_role" <<'SQL'
SELECT format('ALTER %s %I.%I OWNER TO %I',
         CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
         n.nspname, c.relname, :'role')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
  AND pg_get_userbyid(c.relowner) = current_user
  AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d
        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
ORDER BY c.relkind = 'S'
\gexec
SELECT format('ALTER ROUTINE %I.%I(%s) OWNER TO %I', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), :'role')
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND pg_get_userbyid(p.proowner) = current_user AND p.prokind IN ('f', 'p')
\gexec
SELECT format('ALTER %s %I.%I OWNER TO %I', CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, n.nspname, t.typname, :'role')
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND pg_get_userbyid(t.typowner) = current_user
  AND (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
\gexec
SELECT format('ALTER SCHEMA %I OWNER TO %I', nspname, :'role') FROM pg_namespace
WHERE nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\_%'
  AND pg_get_userbyid(nspowner) = current_user
\gexec
SQL
  if [[ -n "$granted_membership" ]]; then
    run_psql postgres -v role="$bot_role" <<<"REVOKE :\"role\" FROM CURRENT_USER"
  fi
  echo "every restored table now belongs to $bot_role, as on the original server"
else
  run_psql "$database" -v role="$bot_role" <<'SQL'
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public TO :"role";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO :"role";
SQL
  echo "NOTE: PostgreSQL would not let $user act as $bot_role, so the restored tables still belong to $user. $bot_role may read and write every one of them, so the bot works; before a version of the bot that alters an existing table, ask the server's administrators to transfer the ownership (deploy/README.md, \"Restore drill\")." >&2
fi
