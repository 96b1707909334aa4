#!/usr/bin/env bash
# Lets the bot's user-assigned managed identity sign in as the bot's app registration, so the bot needs no secret
# and no certificate: the identity's token is the client assertion (a federated identity credential).
#
#   deploy/scripts/add-federated-credential.sh BOT_ID IDENTITY_PRINCIPAL_ID
#
# IDENTITY_PRINCIPAL_ID is the deployment's IDENTITY_PRINCIPAL_ID output.
set -euo pipefail

[[ $# -eq 2 ]] || { echo "usage: $0 BOT_ID IDENTITY_PRINCIPAL_ID" >&2; exit 2; }
app_id="$1"
principal_id="$2"
tenant_id="$(az account show --query tenantId --output tsv)"

parameters="$(cat <<JSON
{
  "name": "bot-managed-identity",
  "issuer": "https://login.microsoftonline.com/$tenant_id/v2.0",
  "subject": "$principal_id",
  "audiences": ["api://AzureADTokenExchange"],
  "description": "The Cadoxton policy bot's App Service managed identity"
}
JSON
)"
az ad app federated-credential create --id "$app_id" --parameters "$parameters"
