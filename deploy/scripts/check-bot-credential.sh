#!/usr/bin/env bash
# The early credential smoke test (deploy/README.md, after step 7): checks every link between the web app and its
# Entra app registration before any code is published, so a broken link shows now rather than as a bot that never
# answers in Teams. It reads only; it changes nothing.
#
#   deploy/scripts/check-bot-credential.sh RESOURCE_GROUP BOT_ID
#
# Reads the outputs of the deployment named "main" in RESOURCE_GROUP. Exit code 0 when every link holds.
# (The last link, Entra accepting the identity's token as the registration's credential, can only be exercised from
# inside the web app; the first-run check's reply in Teams proves it.)
set -euo pipefail

[[ $# -eq 2 ]] || { echo "usage: $0 RESOURCE_GROUP BOT_ID" >&2; exit 2; }
resource_group="$1"
app_id="$2"
failures=0

output() {
  az deployment group show --resource-group "$resource_group" --name main --query "properties.outputs.$1.value" --output tsv
}
check() {
  local what="$1" expected="$2" actual="$3"
  if [[ "$actual" == "$expected" ]]; then
    echo "ok: $what"
  else
    echo "PROBLEM: $what: expected '$expected', found '$actual'" >&2
    failures=$((failures + 1))
  fi
}

tenant_id="$(az account show --query tenantId --output tsv)"
principal_id="$(output IDENTITY_PRINCIPAL_ID)"
client_id="$(output IDENTITY_CLIENT_ID)"
web_app="$(output WEB_APP_NAME)"
bot_resource="$(output BOT_RESOURCE_NAME)"

check "the app registration is single-tenant" "AzureADMyOrg" \
  "$(az ad app show --id "$app_id" --query signInAudience --output tsv)"
check "the app registration has a service principal" "$app_id" \
  "$(az ad sp show --id "$app_id" --query appId --output tsv 2>/dev/null || true)"
check "the federated credential trusts the bot's managed identity" \
  "https://login.microsoftonline.com/$tenant_id/v2.0"$'\t'"$principal_id"$'\t'"api://AzureADTokenExchange" \
  "$(az ad app federated-credential list --id "$app_id" --query "[?name=='bot-managed-identity'].[issuer, subject, audiences[0]] | [0]" --output tsv)"
check "admin consent covers the three Microsoft Graph permissions" "3" \
  "$(az rest --method get --url "https://graph.microsoft.com/v1.0/servicePrincipals(appId='$app_id')/appRoleAssignments" \
      --query "length(value[?resourceDisplayName=='Microsoft Graph'])" --output tsv)"
check "the Azure Bot is this single-tenant registration" "$app_id"$'\t'"SingleTenant"$'\t'"$tenant_id" \
  "$(az resource show --resource-group "$resource_group" --resource-type Microsoft.BotService/botServices --name "$bot_resource" \
      --query "[properties.msaAppId, properties.msaAppType, properties.msaAppTenantId]" --output tsv | paste -sd $'\t')"
setting() {
  az webapp config appsettings list --resource-group "$resource_group" --name "$web_app" \
    --query "[?name=='$1'].value | [0]" --output tsv
}
check "the web app signs in as this registration" "$app_id" "$(setting MicrosoftAppId)"
check "the web app presents the managed identity's token" "$client_id" "$(setting BotCredentials__FederatedIdentityClientId)"
check "the managed identity is attached to the web app" "$principal_id" \
  "$(az webapp identity show --resource-group "$resource_group" --name "$web_app" \
      --query "userAssignedIdentities.* | [?clientId=='$client_id'].principalId | [0]" --output tsv)"

if (( failures > 0 )); then
  echo "$failures link(s) broken: fix them before publishing (deploy/README.md steps 2, 3, 5 and 7)." >&2
  exit 1
fi
echo "Every link between the web app and its app registration holds."
