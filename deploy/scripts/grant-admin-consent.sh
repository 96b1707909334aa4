#!/usr/bin/env bash
# Grants tenant-wide admin consent for the Microsoft Graph application permissions requested by
# create-app-registration.sh. Run it as a Global Administrator or Privileged Role Administrator, after reading
# the permissions table in deploy/README.md.
#
#   deploy/scripts/grant-admin-consent.sh BOT_ID
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 BOT_ID" >&2; exit 2; }
app_id="$1"

az ad app permission admin-consent --id "$app_id"
az ad app permission list-grants --id "$app_id" --show-resource-name --output table
az rest --method get \
  --url "https://graph.microsoft.com/v1.0/servicePrincipals(appId='$app_id')/appRoleAssignments" \
  --query "value[].{permission:appRoleId, resource:resourceDisplayName}" --output table
