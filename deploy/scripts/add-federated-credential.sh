#!/usr/bin/env bash
# Lets the bot's user-assigned managed identity sign in as the bot's app registration, so the bot needs no secret
# and no certificate: the identity's token is the client assertion (a federated identity credential,
# https://learn.microsoft.com/entra/workload-id/workload-identity-federation-config-app-trust-managed-identity).
# Safe to run again: an existing credential is kept if it already trusts this identity, and corrected if not.
#
#   deploy/scripts/add-federated-credential.sh BOT_ID IDENTITY_PRINCIPAL_ID
#
# IDENTITY_PRINCIPAL_ID is the deployment's IDENTITY_PRINCIPAL_ID output.
set -euo pipefail

[[ $# -eq 2 ]] || { echo "usage: $0 BOT_ID IDENTITY_PRINCIPAL_ID" >&2; exit 2; }
app_id="$1"
principal_id="$2"
name="bot-managed-identity"
tenant_id="$(az account show --query tenantId --output tsv)"
issuer="https://login.microsoftonline.com/$tenant_id/v2.0"

parameters="$(cat <<JSON
{
  "name": "$name",
  "issuer": "$issuer",
  "subject": "$principal_id",
  "audiences": ["api://AzureADTokenExchange"],
  "description": "The Cadoxton policy bot's App Service managed identity"
}
JSON
)"

current="$(az ad app federated-credential list --id "$app_id" --query "[?name=='$name'].[issuer, subject] | [0]" --output tsv)"
if [[ -z "$current" ]]; then
  az ad app federated-credential create --id "$app_id" --parameters "$parameters" --output none
  echo "The app registration now trusts the managed identity $principal_id."
elif [[ "$current" == "$issuer"$'\t'"$principal_id" ]]; then
  echo "The app registration already trusts the managed identity $principal_id; nothing changed."
else
  az ad app federated-credential update --id "$app_id" --federated-credential-id "$name" --parameters "$parameters" --output none
  echo "The credential '$name' trusted another identity or issuer; it now trusts $principal_id."
fi
