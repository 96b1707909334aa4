#!/usr/bin/env bash
# Publishes the bot and deploys it to the App Service created by main.bicep (code deployment; for the container
# image route see deploy/README.md).
#
#   deploy/publish-app.sh RESOURCE_GROUP WEB_APP_NAME
#
# Needs the .NET SDK, python3 and the Azure CLI (az login).
set -euo pipefail

[[ $# -eq 2 ]] || { echo "usage: $0 RESOURCE_GROUP WEB_APP_NAME" >&2; exit 2; }
resource_group="$1"
web_app="$2"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_dir="$repo_root/deploy/out"
rm -rf "$out_dir/publish" "$out_dir/bot.zip"
# linux-x64: the platform App Service on Linux runs (README, "Publish size").
dotnet publish "$repo_root/bot/CadoxtonPolicyBot.csproj" --configuration Release --runtime linux-x64 --self-contained false --output "$out_dir/publish"
python3 -c 'import shutil, sys; shutil.make_archive(sys.argv[1], "zip", sys.argv[2])' "$out_dir/bot" "$out_dir/publish"
az webapp deploy --resource-group "$resource_group" --name "$web_app" --src-path "$out_dir/bot.zip" --type zip
