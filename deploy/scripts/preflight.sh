#!/usr/bin/env bash
# Checks, before the first deployment, that the subscription can create what deploy/main.bicep asks for in LOCATION:
# the resource providers are registered (registering any that are not, as a first deployment would: that needs a
# role on the whole subscription, such as Owner or Contributor; Microsoft.CloudShell and Microsoft.Storage are for the
# Azure Cloud Shell that steps 8 and the restore drill run in, and the storage account it keeps your files in), the App Service plan size is offered there for Linux,
# App Service offers the .NET 10 runtime on Linux (the template's DOTNETCORE|10.0), the PostgreSQL compute size is
# offered there, and enough PostgreSQL vCore quota is left. It changes nothing else, so it is safe to run as often as
# you like.
#
#   deploy/scripts/preflight.sh LOCATION [APP_SERVICE_SKU] [POSTGRES_SKU]
#
# Defaults: P0V3 and Standard_B1ms, the sizes in deploy/main.bicepparam. Exit code 0 when every check passes.
# Microsoft's pages for each check:
#   resource providers: https://learn.microsoft.com/azure/azure-resource-manager/management/resource-providers-and-types
#   App Service regions: https://learn.microsoft.com/cli/azure/appservice#az-appservice-list-locations
#   App Service runtimes: https://learn.microsoft.com/cli/azure/webapp#az-webapp-list-runtimes
#   PostgreSQL sizes:    https://learn.microsoft.com/cli/azure/postgres/flexible-server#az-postgres-flexible-server-list-skus
#   PostgreSQL quota:    https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-resolve-capacity-errors
set -euo pipefail

[[ $# -ge 1 && $# -le 3 ]] || { echo "usage: $0 LOCATION [APP_SERVICE_SKU] [POSTGRES_SKU]" >&2; exit 2; }
location="$1"
app_sku="${2:-P0V3}"
postgres_sku="${3:-Standard_B1ms}"
failures=0

fail() {
  echo "PROBLEM: $*" >&2
  failures=$((failures + 1))
}

providers=(
  Microsoft.ManagedIdentity Microsoft.OperationalInsights Microsoft.Insights Microsoft.KeyVault
  Microsoft.DBforPostgreSQL Microsoft.Web Microsoft.BotService Microsoft.CloudShell Microsoft.Storage
)
for namespace in "${providers[@]}"; do
  state="$(az provider show --namespace "$namespace" --query registrationState --output tsv)"
  if [[ "$state" != "Registered" ]]; then
    echo "registering resource provider $namespace (was: ${state:-unknown}) ..."
    if ! az provider register --namespace "$namespace" --wait; then
      fail "resource provider $namespace is not registered and you may not register it: ask an Owner or Contributor of the whole subscription to run 'az provider register --namespace $namespace' (deploy/README.md step 1)"
      continue
    fi
  fi
  echo "ok: resource provider $namespace is registered"
done

# Region names come back as display names ("UK South"); compare them as ARM writes locations (uksouth).
normalise() { tr '[:upper:]' '[:lower:]' | tr -d ' '; }
if az appservice list-locations --sku "$app_sku" --linux-workers-enabled --query "[].name" --output tsv \
    | normalise | grep -qx "$(normalise <<<"$location")"; then
  echo "ok: App Service $app_sku (Linux) is offered in $location"
else
  fail "App Service $app_sku for Linux is not offered in $location: choose another region or size"
fi

# Newer Azure CLI versions list runtimes as objects, older ones as strings (DOTNETCORE|10.0 or DOTNETCORE:10.0): the
# name is matched in the JSON either way.
if az webapp list-runtimes --os linux --output json | grep -Eiq 'DOTNETCORE[|:]10\.0'; then
  echo "ok: App Service on Linux offers .NET 10 (DOTNETCORE|10.0)"
else
  fail "App Service on Linux does not list .NET 10 (DOTNETCORE|10.0): run the container image instead (deploy/README.md step 9)"
fi

if az postgres flexible-server list-skus --location "$location" \
    --query "[].supportedServerEditions[].supportedServerSkus[].name" --output tsv | grep -qx "$postgres_sku"; then
  echo "ok: PostgreSQL flexible server $postgres_sku is offered in $location"
else
  fail "PostgreSQL flexible server $postgres_sku is not offered in $location (or the region is restricted for this subscription)"
fi

# vCores the server needs: the number in the size's name (Standard_B1ms: 1, Standard_D2ds_v5: 2).
needed="$(sed -E 's/^Standard_[A-Za-z]+([0-9]+).*/\1/' <<<"$postgres_sku")"
[[ "$needed" =~ ^[0-9]+$ ]] || needed=1
subscription="$(az account show --query id --output tsv)"
usages="$(az rest --method get \
  --url "https://management.azure.com/subscriptions/$subscription/providers/Microsoft.DBforPostgreSQL/locations/$location/resourceType/flexibleServers/usages?api-version=2023-06-01-preview" \
  --query "value[].[name.value, currentValue, limit]" --output tsv)"
checked=0
while IFS=$'\t' read -r name current limit; do
  [[ -n "$name" ]] || continue
  # The regional total and the burstable family are the ones a B-series server counts against.
  if [[ "$name" == "cores" || ( "$postgres_sku" == Standard_B* && "$name" == "standardBSFamily" ) ]]; then
    checked=$((checked + 1))
    if (( limit - current >= needed )); then
      echo "ok: PostgreSQL quota $name in $location: $current of $limit vCores used, $needed needed"
    else
      fail "PostgreSQL quota $name in $location: $current of $limit vCores used, $needed needed: ask for more (Subscriptions > Usage + quotas)"
    fi
  fi
done <<<"$usages"
(( checked > 0 )) || fail "could not read the PostgreSQL vCore quota for $location"

echo "App Service quota has no command-line check: in the Azure portal, Subscriptions > Usage + quotas, filter on"
echo "App Service and $location, and check that Premium v3 vCPUs (P0v3 uses 1) are not all used."
if (( failures > 0 )); then
  echo "$failures check(s) failed." >&2
  exit 1
fi
echo "All checks passed for $location."
