#!/usr/bin/env bash
# Deploys deploy/main.bicep into RESOURCE_GROUP with your parameters file, the first time and every time after:
#   1. reads the bot's PostgreSQL server's current storage size (it only ever grows, and a smaller size in the template
#      would make the deployment fail) and hands it to the parameters file as POSTGRES_STORAGE_SIZE_GB. The server is
#      found by name, never by position: a restore drill puts a second server in the same resource group. The name is
#      the parameters file's postgresServerName when it names one (a restored server: deploy/README.md, "Disaster
#      recovery"), otherwise the last deployment's POSTGRES_SERVER_NAME output;
#   2. runs `az deployment group what-if` and shows what would change
#      (https://learn.microsoft.com/azure/azure-resource-manager/bicep/deploy-what-if);
#   3. asks you to confirm (unless --yes), then runs `az deployment group create` with exactly the same inputs.
#
#   deploy/scripts/deploy.sh RESOURCE_GROUP PARAMETERS_FILE [--yes]
#
# The deployment is named "main", so its outputs are read with `az deployment group show --name main`.
set -euo pipefail

[[ $# -ge 2 && $# -le 3 ]] || { echo "usage: $0 RESOURCE_GROUP PARAMETERS_FILE [--yes]" >&2; exit 2; }
resource_group="$1"
parameters="$2"
assume_yes="${3:-}"
[[ -z "$assume_yes" || "$assume_yes" == "--yes" ]] || { echo "the third argument may only be --yes" >&2; exit 2; }
[[ -f "$parameters" ]] || { echo "no parameters file at $parameters" >&2; exit 2; }
template="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/main.bicep"

server="$(sed -nE "s/^param postgresServerName = '([^']*)'.*/\1/p" "$parameters")"
if [[ -z "$server" ]]; then
  # No earlier deployment (the first run) gives no output and no server.
  server="$(az deployment group list --resource-group "$resource_group" \
    --query "[?name=='main'].properties.outputs.POSTGRES_SERVER_NAME.value | [0]" --output tsv)"
fi
size=""
if [[ -n "$server" ]]; then
  size="$(az postgres flexible-server list --resource-group "$resource_group" \
    --query "[?name=='$server'].storage.storageSizeGb | [0]" --output tsv)"
fi
if [[ -n "$size" ]]; then
  echo "The PostgreSQL server $server has ${size} GB of storage; the deployment keeps it."
elif [[ -n "$server" ]]; then
  echo "There is no PostgreSQL server named $server in $resource_group. Read the what-if below: it must not create an empty server where the bot's records should be (deploy/README.md, \"Disaster recovery\")." >&2
  size=32
else
  size=32
  echo "No PostgreSQL server yet: it is created with ${size} GB of storage."
fi
export POSTGRES_STORAGE_SIZE_GB="$size"

az deployment group what-if --resource-group "$resource_group" --name main \
  --template-file "$template" --parameters "$parameters"

if [[ "$assume_yes" != "--yes" ]]; then
  read -r -p "Deploy these changes to $resource_group? Type yes to go on: " answer
  [[ "$answer" == "yes" ]] || { echo "Nothing deployed."; exit 1; }
fi
az deployment group create --resource-group "$resource_group" --name main \
  --template-file "$template" --parameters "$parameters" --output none
echo "Deployed. Outputs: az deployment group show --resource-group $resource_group --name main --query properties.outputs"
