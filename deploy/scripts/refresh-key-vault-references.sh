#!/usr/bin/env bash
# Makes App Service read the Key Vault references again now (it caches them for up to 24 hours), then waits until
# every reference shows as Resolved and lists them. Run it after storing or rotating a key, and in the first-run check.
# Microsoft's documented refresh: an authenticated POST to <web app id>/config/configreferences/appsettings/refresh
# (https://learn.microsoft.com/azure/app-service/app-service-key-vault-references, "Rotation"); a restart alone is not.
#
#   deploy/scripts/refresh-key-vault-references.sh RESOURCE_GROUP WEB_APP_NAME
#
# Exit code 0 when every reference is resolved. Safe to run at any time.
set -euo pipefail

[[ $# -eq 2 ]] || { echo "usage: $0 RESOURCE_GROUP WEB_APP_NAME" >&2; exit 2; }
resource_group="$1"
web_app="$2"
api="api-version=2022-03-01"
wait_seconds="${REFERENCE_WAIT_SECONDS:-10}"
attempts="${REFERENCE_ATTEMPTS:-18}"

site="$(az webapp show --resource-group "$resource_group" --name "$web_app" --query id --output tsv)"
az rest --method post --url "https://management.azure.com$site/config/configreferences/appsettings/refresh?$api" --output none

statuses=""
for ((attempt = 1; attempt <= attempts; attempt++)); do
  statuses="$(az rest --method get --url "https://management.azure.com$site/config/configreferences/appsettings?$api" \
    --query "value[].[name, properties.status]" --output tsv)"
  if [[ -n "$statuses" ]] && ! cut -f2 <<<"$statuses" | grep -qvx "Resolved"; then
    break
  fi
  ((attempt == attempts)) || sleep "$wait_seconds"
done

while IFS=$'\t' read -r name status; do
  [[ -n "$name" ]] && echo "$status: ${name##*/}"
done <<<"$statuses"
if [[ -z "$statuses" ]] || cut -f2 <<<"$statuses" | grep -qvx "Resolved"; then
  echo "Not every Key Vault reference resolved. The web app's Environment variables page in the Azure portal gives each one's reason; usually a secret is missing (step 6) or the identity's role has not reached the vault yet." >&2
  exit 1
fi
echo "Every Key Vault reference is resolved."
