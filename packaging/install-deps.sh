#!/usr/bin/env bash
# Installs the Debian 12 packages Commonplace needs to build, run and test.
# Idempotent: installs only what is missing. Runs as root or through sudo.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # Qt 6.4 (Core, Gui, Widgets, Network, Sql/SQLite, Test, Linguist, Svg)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libgl-dev libxkbcommon-dev qt6-qpa-plugins
  # libraries of the stack
  libgit2-dev libsodium-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  qtkeychain-qt6-dev libminiupnpc-dev libnatpmp-dev
  # used by tests: stock git + ssh-keygen verify our signatures, packaging validators
  openssh-client appstream desktop-file-utils
  # used by the port-mapping test: a real UPnP/NAT-PMP router (miniupnpd on iptables-legacy)
  miniupnpd miniupnpd-iptables iptables
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
