#!/usr/bin/env bash
# Creates the bot's Entra app registration (single tenant), its service principal, the application ID URI the
# Teams manifest's webApplicationInfo names, and requests the Microsoft Graph application permissions the bot needs.
# Admin consent is a separate, deliberate step: grant-admin-consent.sh.
#
#   deploy/scripts/create-app-registration.sh [DISPLAY_NAME]
#
# Prints the app's client id: that is BOT_ID, the botAppId parameter and MicrosoftAppId.
# Needs the Azure CLI, signed in (az login) as someone who may create app registrations.
set -euo pipefail

display_name="${1:-Cadoxton social media policy bot}"
graph_app_id="00000003-0000-0000-c000-000000000000"
# deploy/README.md, "Microsoft Graph permissions", says why each is needed.
graph_permissions=(
  "TeamsAppInstallation.ReadWriteSelfForUser.All"
  "GroupMember.Read.All"
  "User.ReadBasic.All"
)

app_id="$(az ad app create --display-name "$display_name" --sign-in-audience AzureADMyOrg --query appId --output tsv)"
az ad app update --id "$app_id" --identifier-uris "api://botid-$app_id"
az ad sp create --id "$app_id" --output none 2>/dev/null || az ad sp show --id "$app_id" --output none

for permission in "${graph_permissions[@]}"; do
  role_id="$(az ad sp show --id "$graph_app_id" --query "appRoles[?value=='$permission'].id | [0]" --output tsv)"
  if [[ -z "$role_id" ]]; then
    echo "Microsoft Graph has no application permission named $permission" >&2
    exit 1
  fi
  az ad app permission add --id "$app_id" --api "$graph_app_id" --api-permissions "$role_id=Role" --only-show-errors
done

echo "$app_id"
