#!/usr/bin/env bash
# Grants tenant-wide admin consent for the Microsoft Graph application permissions the bot's app registration
# requests (create-app-registration.sh), by creating one app role assignment per permission, as Microsoft documents
# for application permissions: https://learn.microsoft.com/graph/permissions-grant-via-msgraph (POST
# /servicePrincipals/{Graph}/appRoleAssignedTo). Safe to run again: a permission already granted is left alone.
# Run it as a Global Administrator or Privileged Role Administrator, after reading the permissions table in
# deploy/README.md. Prints every permission the bot now holds, by name.
#
# Consent can only be granted for what the registration requests. A registration made by hand (for example by the Hwb
# service desk) requests nothing until create-app-registration.sh has been run with its display name, or the
# permissions have been added under API permissions: the script then stops and says so, and grants nothing.
#
#   deploy/scripts/grant-admin-consent.sh BOT_ID
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 BOT_ID" >&2; exit 2; }
app_id="$1"
# shellcheck source-path=SCRIPTDIR source=graph-permissions.sh
source "$(dirname "${BASH_SOURCE[0]}")/graph-permissions.sh"
graph="https://graph.microsoft.com/v1.0"

permission_name() {
  az ad sp show --id "$graph_app_id" --query "appRoles[?id=='$1'].value | [0]" --output tsv
}

graph_sp="$(az ad sp show --id "$graph_app_id" --query id --output tsv)"
bot_sp="$(az ad sp show --id "$app_id" --query id --output tsv)"
requested="$(az ad app show --id "$app_id" \
  --query "requiredResourceAccess[?resourceAppId=='$graph_app_id'].resourceAccess[] | [?type=='Role'].id" --output tsv)"

# Consent goes to what is requested, so first check the request is exactly the bot's list.
requested_names="$(while read -r role_id; do [[ -z "$role_id" ]] || permission_name "$role_id"; done <<<"$requested" | LC_ALL=C sort)"
expected_names="$(printf '%s\n' "${graph_permissions[@]}" | LC_ALL=C sort)"
if [[ "$requested_names" != "$expected_names" ]]; then
  echo "The app registration $app_id requests these Microsoft Graph application permissions:" >&2
  while read -r name; do echo "  $name"; done <<<"${requested_names:-(none)}" >&2
  echo "but the bot needs exactly: ${graph_permissions[*]}." >&2
  echo "Nothing was granted. Run deploy/scripts/create-app-registration.sh with the registration's display name first (it finds a registration made by hand and sets the list), or add exactly these under App registrations > the bot > API permissions." >&2
  exit 1
fi

granted() {
  az rest --method get --url "$graph/servicePrincipals/$bot_sp/appRoleAssignments" \
    --query "value[?resourceId=='$graph_sp'].appRoleId" --output tsv
}

already="$(granted)"
while read -r role_id; do
  [[ -n "$role_id" ]] || continue
  if grep -qx "$role_id" <<<"$already"; then
    echo "already granted: $(permission_name "$role_id")"
    continue
  fi
  az rest --method post --url "$graph/servicePrincipals/$graph_sp/appRoleAssignedTo" \
    --headers "Content-Type=application/json" \
    --body "{\"principalId\":\"$bot_sp\",\"resourceId\":\"$graph_sp\",\"appRoleId\":\"$role_id\"}" --output none
  echo "granted: $(permission_name "$role_id")"
done <<<"$requested"

echo "The bot's app registration now holds these Microsoft Graph application permissions:"
while read -r role_id; do
  [[ -n "$role_id" ]] || continue
  name="$(permission_name "$role_id")"
  if grep -qx "$role_id" <<<"$requested"; then
    echo "  $name"
  else
    echo "  $name   <- NOT requested by create-app-registration.sh: remove it (Entra admin centre > Enterprise applications > the bot > Permissions)"
  fi
done <<<"$(granted)"
