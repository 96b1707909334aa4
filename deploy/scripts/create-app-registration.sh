#!/usr/bin/env bash
# Creates the bot's Entra app registration (single tenant) and its service principal, or finds the one made by an
# earlier run (same display name), and sets exactly the Microsoft Graph application permissions the bot needs. Safe to
# run again: it never creates a second registration, and it puts back the permission list if it was changed.
# Admin consent is a separate, deliberate step: grant-admin-consent.sh. If someone else (the Hwb service desk, say)
# created the registration by hand, run this script with its display name: it finds that registration and adds the
# permissions, which admin consent can only grant once the registration requests them.
#
#   deploy/scripts/create-app-registration.sh [DISPLAY_NAME]
#
# Prints the app's client id: that is BOT_ID, the botAppId parameter and MicrosoftAppId.
# Needs the Azure CLI, signed in (az login) as someone who may create app registrations.
set -euo pipefail

display_name="${1:-Cadoxton social media policy bot}"
# shellcheck source-path=SCRIPTDIR source=graph-permissions.sh
source "$(dirname "${BASH_SOURCE[0]}")/graph-permissions.sh"

# An exact match on the name (az ad app list --display-name matches names that start with it).
escaped_name="${display_name//\'/\'\'}"
existing="$(az ad app list --filter "displayName eq '$escaped_name'" --query "[].appId" --output tsv)"
count="$(grep -c . <<<"$existing" || true)"
if (( count > 1 )); then
  echo "There are $count app registrations named '$display_name' (client ids: $(tr '\n' ' ' <<<"$existing")). Delete the extra ones in the Entra admin centre (App registrations), or pass another name." >&2
  exit 1
elif (( count == 1 )); then
  app_id="$existing"
  echo "Using the existing app registration '$display_name' ($app_id)." >&2
else
  app_id="$(az ad app create --display-name "$display_name" --sign-in-audience AzureADMyOrg --query appId --output tsv)"
  echo "Created the app registration '$display_name' ($app_id)." >&2
fi

# The Teams manifest's webApplicationInfo names this registration; its resource is api://<client id>, one of the
# application ID URI forms Entra accepts for a single-tenant app (api://botid-<id> is not, and the bot has no SSO).
az ad app update --id "$app_id" --identifier-uris "api://$app_id"

if az ad sp show --id "$app_id" --output none 2>/dev/null; then
  echo "Its service principal exists." >&2
else
  az ad sp create --id "$app_id" --output none
  echo "Created its service principal." >&2
fi

# The whole list is written each time, so a re-run leaves exactly these permissions (an older GroupMember.Read.All is
# replaced by GroupMember.ReadBasic.All; grant-admin-consent.sh then points out the grant that is no longer requested).
accesses=""
for permission in "${graph_permissions[@]}"; do
  role_id="$(az ad sp show --id "$graph_app_id" --query "appRoles[?value=='$permission'].id | [0]" --output tsv)"
  if [[ -z "$role_id" ]]; then
    echo "Microsoft Graph has no application permission named $permission" >&2
    exit 1
  fi
  accesses="${accesses:+$accesses,}{\"id\":\"$role_id\",\"type\":\"Role\"}"
done
manifest="$(mktemp)"
trap 'rm -f "$manifest"' EXIT
printf '[{"resourceAppId":"%s","resourceAccess":[%s]}]\n' "$graph_app_id" "$accesses" > "$manifest"
az ad app update --id "$app_id" --required-resource-accesses "@$manifest"
echo "Requested Microsoft Graph application permissions: ${graph_permissions[*]}" >&2

echo "$app_id"
