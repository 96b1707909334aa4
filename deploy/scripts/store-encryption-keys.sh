#!/usr/bin/env bash
# Creates the bot's encryption keys in its Key Vault if they are not there yet, and writes an escrow copy of every key
# (az keyvault secret backup: encrypted blobs, all versions) to ESCROW_DIR, which should be a USB drive or other
# offline store kept by the school. Lose the keys and every concern, and every backup of them, is unreadable.
#
#   deploy/scripts/store-encryption-keys.sh RESOURCE_GROUP KEY_VAULT_NAME ESCROW_DIR [CONCERNS_KEY_ID]
#
# CONCERNS_KEY_ID defaults to k1; give the new id when rotating ("Rotating the concerns key" in deploy/README.md).
# An existing secret is NEVER overwritten (a new version would make everything encrypted with the old one unreadable
# by the bot), so running this again is safe and refreshes the escrow copies.
#
# Nobody holds a role on the vault day to day (the privacy notice says IT administrators cannot read concern details).
# This script gives the signed-in user Key Vault Secrets Officer on the resource group for as long as it runs and
# removes it when it ends, however it ends. That role assignment, and every read of a secret, is recorded in the
# Azure activity log and the vault's audit log. The scope is the resource group, not the vault, because the vault's
# delete lock would stop a role assignment on the vault itself from being removed.
# Docs: https://learn.microsoft.com/azure/key-vault/general/rbac-guide,
#       https://learn.microsoft.com/cli/azure/keyvault/secret#az-keyvault-secret-backup
set -euo pipefail

[[ $# -ge 3 && $# -le 4 ]] || { echo "usage: $0 RESOURCE_GROUP KEY_VAULT_NAME ESCROW_DIR [CONCERNS_KEY_ID]" >&2; exit 2; }
resource_group="$1"
vault="$2"
escrow_dir="$3"
key_id="${4:-k1}"
[[ "$key_id" =~ ^[A-Za-z0-9]{1,32}$ ]] || { echo "CONCERNS_KEY_ID must be letters and digits, e.g. k2; got '$key_id'" >&2; exit 2; }
# RBAC changes can take a few minutes to reach Key Vault.
wait_seconds="${VAULT_ROLE_WAIT_SECONDS:-20}"
attempts="${VAULT_ROLE_ATTEMPTS:-15}"
role="Key Vault Secrets Officer"

me="$(az ad signed-in-user show --query id --output tsv)"
scope="$(az group show --name "$resource_group" --query id --output tsv)"
assignment="$(az role assignment list --assignee "$me" --role "$role" --scope "$scope" --query "[0].id" --output tsv)"
if [[ -z "$assignment" ]]; then
  assignment="$(az role assignment create --assignee-object-id "$me" --assignee-principal-type User \
    --role "$role" --scope "$scope" --query id --output tsv)"
fi
remove_role() {
  az role assignment delete --ids "$assignment" --output none && echo "Removed your temporary $role role."
}
trap remove_role EXIT
echo "You have the $role role on $resource_group until this script ends."

names=""
for ((attempt = 1; attempt <= attempts; attempt++)); do
  if names="$(az keyvault secret list --vault-name "$vault" --query "[].name" --output tsv 2>/dev/null)"; then
    break
  fi
  if ((attempt == attempts)); then
    echo "Key Vault still refuses you after $attempts tries; run this again in a few minutes." >&2
    exit 1
  fi
  sleep "$wait_seconds"
done

for secret in data-protection-key-encryption-key "concerns-encryption-key-$key_id"; do
  if grep -qx "$secret" <<<"$names"; then
    echo "kept: $secret already exists (never overwritten)"
  else
    # 32 random bytes, base64, generated here and sent straight to the vault; --output none keeps it off the screen.
    az keyvault secret set --vault-name "$vault" --name "$secret" --value "$(openssl rand -base64 32)" --output none
    echo "created: $secret"
    names="$names"$'\n'"$secret"
  fi
done

mkdir -p "$escrow_dir"
escrowed=0
while read -r secret; do
  [[ "$secret" == data-protection-key-encryption-key || "$secret" == concerns-encryption-key-* ]] || continue
  file="$escrow_dir/$secret.keyvault-backup"
  rm -f "$file.partial"
  az keyvault secret backup --vault-name "$vault" --name "$secret" --file "$file.partial" --output none
  mv -f "$file.partial" "$file"
  echo "escrowed: $secret -> $file"
  escrowed=$((escrowed + 1))
done <<<"$names"
echo "$escrowed key(s) escrowed in $escrow_dir. Keep it offline and apart from any copy of the database."
