#!/usr/bin/env bash
# Creates the bot's encryption keys in its Key Vault if they are not there yet, and writes escrow copies of every key:
#   - an encrypted copy of each secret (az keyvault secret backup: all versions) in ESCROW_DIR. Key Vault can restore
#     these blobs only into a vault of THIS Azure subscription in the same Azure geography
#     (https://learn.microsoft.com/azure/key-vault/general/overview-security-worlds): they cover a deleted vault or
#     secret, not a lost or moved subscription;
#   - with --plaintext-sheet FILE, the keys themselves, written to FILE (readable by you only) to print once, seal and
#     keep under dual control (deploy/README.md, "Key escrow"), then delete. This is the copy that survives the loss of
#     the subscription. Lose every copy and every concern, and every backup of them, is unreadable.
#
#   deploy/scripts/store-encryption-keys.sh RESOURCE_GROUP KEY_VAULT_NAME ESCROW_DIR [CONCERNS_KEY_ID] [--plaintext-sheet FILE]
#
# CONCERNS_KEY_ID defaults to k1; give the new id when rotating ("Rotating the concerns key" in deploy/README.md).
# An existing secret is NEVER overwritten (a new version would make everything encrypted with the old one unreadable
# by the bot), so running this again is safe and refreshes the escrow copies. A secret that was deleted is not
# replaced either: the script stops and tells you to recover it (Key Vault keeps deleted secrets for 90 days).
#
# Nobody holds a role on the vault day to day (the privacy notice says IT administrators cannot read concern details).
# This script gives the signed-in user Key Vault Secrets Officer on the resource group for as long as it runs and
# removes it when it ends, however it ends (a role you already held is left as it was). That role assignment, and
# every read of a secret, is recorded in the Azure activity log and the vault's audit log. The scope is the resource
# group, not the vault, because the vault's delete lock would stop a role assignment on the vault itself from being
# removed. A new key is generated here into a file only you can read, handed to az with --file (never on a command
# line, where other processes could see it) and deleted at once.
# Docs: https://learn.microsoft.com/azure/key-vault/general/rbac-guide,
#       https://learn.microsoft.com/cli/azure/keyvault/secret#az-keyvault-secret-backup
set -euo pipefail

usage() { echo "usage: $0 RESOURCE_GROUP KEY_VAULT_NAME ESCROW_DIR [CONCERNS_KEY_ID] [--plaintext-sheet FILE]" >&2; exit 2; }
positional=()
sheet=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --plaintext-sheet) [[ $# -ge 2 && -n "$2" ]] || usage; sheet="$2"; shift 2 ;;
    -*) usage ;;
    *) positional+=("$1"); shift ;;
  esac
done
[[ ${#positional[@]} -ge 3 && ${#positional[@]} -le 4 ]] || usage
resource_group="${positional[0]}"
vault="${positional[1]}"
escrow_dir="${positional[2]}"
key_id="${positional[3]:-k1}"
[[ "$key_id" =~ ^[A-Za-z0-9]{1,32}$ ]] || { echo "CONCERNS_KEY_ID must be letters and digits, e.g. k2; got '$key_id'" >&2; exit 2; }
# RBAC changes can take a few minutes to reach Key Vault.
wait_seconds="${VAULT_ROLE_WAIT_SECONDS:-20}"
attempts="${VAULT_ROLE_ATTEMPTS:-15}"
role="Key Vault Secrets Officer"

umask 077
work="$(mktemp -d)"
created_assignment=""
cleanup() {
  rm -rf "$work"
  if [[ -n "$created_assignment" ]]; then
    az role assignment delete --ids "$created_assignment" --output none && echo "Removed your temporary $role role."
  fi
}
trap cleanup EXIT

me="$(az ad signed-in-user show --query id --output tsv)"
scope="$(az group show --name "$resource_group" --query id --output tsv)"
held="$(az role assignment list --assignee "$me" --role "$role" --scope "$scope" --query "[0].id" --output tsv)"
if [[ -n "$held" ]]; then
  echo "You already hold the $role role on $resource_group; it is left as it was (remove it when you no longer need it)."
else
  created_assignment="$(az role assignment create --assignee-object-id "$me" --assignee-principal-type User \
    --role "$role" --scope "$scope" --query id --output tsv)"
  echo "You have the $role role on $resource_group until this script ends."
fi

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
    continue
  fi
  # 32 random bytes, base64, without a line break; the file is readable by you only and removed straight after.
  openssl rand -base64 32 | tr -d '\n' >"$work/key"
  if ! az keyvault secret set --vault-name "$vault" --name "$secret" --file "$work/key" --encoding utf-8 \
      --output none 2>"$work/error"; then
    rm -f "$work/key"
    if grep -qiE "deleted but recoverable|ObjectIsDeletedButRecoverable" "$work/error"; then
      echo "The secret $secret was deleted and Key Vault still keeps it. Do not make a new key: everything encrypted with the old one would be lost. Recover it, then run this script again:" >&2
      echo "  az keyvault secret recover --vault-name $vault --name $secret" >&2
    else
      cat "$work/error" >&2
    fi
    exit 1
  fi
  rm -f "$work/key"
  echo "created: $secret"
  names="$names"$'\n'"$secret"
done

mkdir -p "$escrow_dir"
escrowed=()
while read -r secret; do
  [[ "$secret" == data-protection-key-encryption-key || "$secret" == concerns-encryption-key-* ]] || continue
  file="$escrow_dir/$secret.keyvault-backup"
  rm -f "$file.partial"
  az keyvault secret backup --vault-name "$vault" --name "$secret" --file "$file.partial" --output none
  mv -f "$file.partial" "$file"
  echo "escrowed: $secret -> $file"
  escrowed+=("$secret")
done <<<"$names"
echo "${#escrowed[@]} key(s) escrowed in $escrow_dir (encrypted; they restore only into a vault of this subscription). Keep it offline and apart from any copy of the database."

if [[ -n "$sheet" ]]; then
  {
    echo "Cadoxton social media policy bot: encryption keys (plaintext escrow)"
    echo "Key Vault $vault, resource group $resource_group, written $(date -u +%Y-%m-%dT%H:%MZ) by $me"
    echo "Anyone holding this sheet and a copy of the database can read every concern. Keep it sealed, under the"
    echo "dual control of the head teacher and the data protection officer (deploy/README.md, \"Key escrow\")."
    echo
    for secret in "${escrowed[@]}"; do
      echo "$secret"
      echo "  version: $(az keyvault secret show --vault-name "$vault" --name "$secret" --query id --output tsv)"
      echo "  value:   $(az keyvault secret show --vault-name "$vault" --name "$secret" --query value --output tsv)"
    done
  } >"$sheet.partial"
  mv -f "$sheet.partial" "$sheet"
  echo "Plaintext key sheet written to $sheet (readable by you only): print it, seal it, then delete the file."
fi
