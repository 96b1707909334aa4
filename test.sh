#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs what the tests need, then runs them.
#   Debian packages: postgresql (a private server is started on 127.0.0.1 by the tests), chromium (the
#   end-to-end tests drive Microsoft's Agents Playground in it), zip (the Teams app package), shellcheck (every
#   deploy script is linted and run by the tests).
#   npm packages: pinned in tests/tools/package-lock.json (Playground, Playwright driver, manifest schema, linter).
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Policy]
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v zip >/dev/null || missing+=(zip)
command -v shellcheck >/dev/null || missing+=(shellcheck)
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f tests/tools/package-lock.json ]; then
  npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
fi

dotnet test CadoxtonPolicyBot.sln -c Release --logger "console;verbosity=normal" "$@"
