#!/usr/bin/env bash
# Builds the Teams app package: fills the placeholders in manifest.json and zips it flat with the two icons.
#
#   manifest/build-package.sh BOT_ID [BOT_DOMAIN]
#
#   BOT_ID      the bot's Entra app registration (client) id; also the Teams app id and webApplicationInfo.id
#   BOT_DOMAIN  the host name the bot is served on (the deployment's BOT_DOMAIN output); defaults to $BOT_DOMAIN
#
# The developer links the Teams app page shows are the bot's own pages: https://BOT_DOMAIN/, /privacy and /terms
# (bot/Hosting/InformationPages.cs).
#
# Optional environment variable:
#   PACKAGE_OUTPUT_DIR  where appPackage.zip goes; default manifest/build
#
# Output: appPackage.zip with manifest.json, color.png and outline.png at its root (Teams rejects a
# package with a folder inside). The zip is written with fixed timestamps, so the same inputs give the same bytes.
# Needs bash and python3 only.
set -euo pipefail

usage() {
  echo "usage: $0 BOT_ID [BOT_DOMAIN]" >&2
  exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
bot_id="$1"
bot_domain="${2:-${BOT_DOMAIN:-}}"

guid_pattern='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
domain_pattern='^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$'

if [[ ! "$bot_id" =~ $guid_pattern ]]; then
  echo "BOT_ID must be the app registration's client id, a GUID; got '$bot_id'" >&2
  exit 2
fi
if [[ -z "$bot_domain" ]]; then
  echo "BOT_DOMAIN is missing: pass it as the second argument or set BOT_DOMAIN (the deployment's BOT_DOMAIN output)" >&2
  exit 2
fi
if [[ ! "$bot_domain" =~ $domain_pattern ]]; then
  echo "BOT_DOMAIN must be a bare host name such as app-cadoxton-bot.azurewebsites.net; got '$bot_domain'" >&2
  exit 2
fi

manifest_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out_dir="${PACKAGE_OUTPUT_DIR:-$manifest_dir/build}"
mkdir -p "$out_dir"

BOT_ID="$bot_id" BOT_DOMAIN="$bot_domain" python3 - "$manifest_dir" "$out_dir/appPackage.zip" <<'PY'
import json, os, re, sys, zipfile

manifest_dir, zip_path = sys.argv[1], sys.argv[2]
names = ("BOT_ID", "BOT_DOMAIN")
with open(os.path.join(manifest_dir, "manifest.json"), encoding="utf-8") as f:
    text = f.read()
for name in names:
    text = text.replace("${{" + name + "}}", os.environ[name])
left = sorted(set(re.findall(r"\$\{\{([A-Za-z0-9_]+)\}\}", text)))
if left:
    sys.exit("manifest.json has placeholders this script does not fill: " + ", ".join(left))
json.loads(text)  # the filled manifest must still be JSON

def add(archive, name, data):
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)

with zipfile.ZipFile(zip_path, "w") as archive:
    add(archive, "manifest.json", text.encode("utf-8"))
    for icon in ("color.png", "outline.png"):
        with open(os.path.join(manifest_dir, icon), "rb") as f:
            add(archive, icon, f.read())
print(zip_path)
PY
