#!/usr/bin/env bash
# The early credential smoke test (deploy/README.md, after step 7): checks every link between the web app and its
# Entra app registration before any code is published, so a broken link shows now rather than as a bot that never
# answers in Teams. It reads only; it changes nothing.
#
#   deploy/scripts/check-bot-credential.sh RESOURCE_GROUP BOT_ID
#
# Reads the outputs of the deployment named "main" in RESOURCE_GROUP, and checks the credential the deployment chose
# (BOT_CREDENTIAL_TYPE): the managed identity's federated credential, or the Key Vault certificate. Exit code 0 when
# every link it could check holds. The app registration's own links (single tenant, service principal, credential,
# admin consent) can only be read while signed in to the registration's tenant: when the subscription is in another
# tenant (deploy/README.md, "A school on Hwb"), they are listed as not checked, for the tenant's administrators.
# (The last link, Entra accepting the credential, can only be exercised from inside the web app; the first-run
# check's reply in Teams proves it.)
set -euo pipefail

[[ $# -eq 2 ]] || { echo "usage: $0 RESOURCE_GROUP BOT_ID" >&2; exit 2; }
resource_group="$1"
app_id="$2"
# shellcheck source-path=SCRIPTDIR source=graph-permissions.sh
source "$(dirname "${BASH_SOURCE[0]}")/graph-permissions.sh"
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
setting() {
  az webapp config appsettings list --resource-group "$resource_group" --name "$web_app" \
    --query "[?name=='$1'].value | [0]" --output tsv
}

signed_in_tenant="$(az account show --query tenantId --output tsv)"
bot_tenant="$(output BOT_TENANT_ID)"
credential_type="$(output BOT_CREDENTIAL_TYPE)"
principal_id="$(output IDENTITY_PRINCIPAL_ID)"
client_id="$(output IDENTITY_CLIENT_ID)"
web_app="$(output WEB_APP_NAME)"
bot_resource="$(output BOT_RESOURCE_NAME)"
echo "The deployment's bot credential: $credential_type; the app registration's tenant: $bot_tenant."

# The Azure side: readable with the subscription's sign-in.
check "the Azure Bot is this single-tenant registration" "$app_id"$'\t'"SingleTenant"$'\t'"$bot_tenant" \
  "$(az resource show --resource-group "$resource_group" --resource-type Microsoft.BotService/botServices --name "$bot_resource" \
      --query "[properties.msaAppId, properties.msaAppType, properties.msaAppTenantId]" --output tsv | paste -sd $'\t')"
check "the web app signs in as this registration" "$app_id" "$(setting MicrosoftAppId)"
check "the web app signs in to the registration's tenant" "$bot_tenant" "$(setting MicrosoftAppTenantId)"
check "the managed identity is attached to the web app" "$principal_id" \
  "$(az webapp identity show --resource-group "$resource_group" --name "$web_app" \
      --query "userAssignedIdentities.* | [?clientId=='$client_id'].principalId | [0]" --output tsv)"
thumbprint=""
case "$credential_type" in
  FederatedManagedIdentity)
    check "the web app presents the managed identity's token" "$client_id" "$(setting BotCredentials__FederatedIdentityClientId)"
    # https://learn.microsoft.com/entra/workload-id/workload-identity-federation-config-app-trust-managed-identity
    check "the managed identity and the app registration are in the same tenant (a federated credential needs it)" \
      "$bot_tenant" "$signed_in_tenant"
    ;;
  KeyVaultCertificate)
    thumbprint="$(setting WEBSITE_LOAD_CERTIFICATES)"
    check "App Service loads the bot's certificate" "true" "$([[ "$thumbprint" =~ ^[0-9A-Fa-f]{40}$ ]] && echo true || echo "no thumbprint")"
    check "the web app reads the certificate from its Linux file" "/var/ssl/private/$thumbprint.p12" "$(setting BotCredentials__CertificatePath)"
    ;;
  *)
    check "the deployment names a bot credential" "FederatedManagedIdentity or KeyVaultCertificate" "$credential_type"
    ;;
esac

# The Entra side: only readable while signed in to the registration's tenant.
if [[ "$signed_in_tenant" != "$bot_tenant" ]]; then
  echo "not checked here (you are signed in to $signed_in_tenant, the app registration is in $bot_tenant): the registration is single-tenant, has a service principal, holds admin consent for exactly ${graph_permissions[*]}, and has the certificate ${thumbprint:-<thumbprint>} as a credential. Ask that tenant's administrators to confirm them (deploy/README.md, \"A school on Hwb\")."
else
  check "the app registration is single-tenant" "AzureADMyOrg" \
    "$(az ad app show --id "$app_id" --query signInAudience --output tsv)"
  check "the app registration has a service principal" "$app_id" \
    "$(az ad sp show --id "$app_id" --query appId --output tsv 2>/dev/null || true)"
  if [[ "$credential_type" == FederatedManagedIdentity ]]; then
    check "the federated credential trusts the bot's managed identity" \
      "https://login.microsoftonline.com/$bot_tenant/v2.0"$'\t'"$principal_id"$'\t'"api://AzureADTokenExchange" \
      "$(az ad app federated-credential list --id "$app_id" --query "[?name=='bot-managed-identity'].[issuer, subject, audiences[0]] | [0]" --output tsv)"
  elif [[ -n "$thumbprint" ]]; then
    # A certificate credential's customKeyIdentifier is the certificate's thumbprint (compared without regard to case).
    found="$(az ad app credential list --id "$app_id" --cert --query "[].customKeyIdentifier" --output tsv \
      | grep -ixF "$thumbprint" | head -n 1 || true)"
    check "the app registration accepts the bot's certificate" "${thumbprint^^}" "${found^^}"
  fi
  granted="$(az rest --method get --url "https://graph.microsoft.com/v1.0/servicePrincipals(appId='$app_id')/appRoleAssignments" \
    --query "value[?resourceDisplayName=='Microsoft Graph'].appRoleId" --output tsv)"
  granted_names="$(while read -r role_id; do
      [[ -z "$role_id" ]] || az ad sp show --id "$graph_app_id" --query "appRoles[?id=='$role_id'].value | [0]" --output tsv
    done <<<"$granted" | LC_ALL=C sort | paste -sd ' ')"
  check "admin consent covers exactly the bot's Microsoft Graph permissions" \
    "$(printf '%s\n' "${graph_permissions[@]}" | LC_ALL=C sort | paste -sd ' ')" "$granted_names"
fi

if (( failures > 0 )); then
  echo "$failures link(s) broken: fix them before publishing (deploy/README.md steps 2, 3, 5 and 7)." >&2
  exit 1
fi
echo "Every link checked between the web app and its app registration holds."
