# Debian/Ubuntu packages Storekeeper needs, and a function that installs the missing ones.
# Sourced by scripts/run and scripts/test.

# Building and running the application.
STOREKEEPER_BUILD_PACKAGES=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins
  libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql
  libsodium-dev libzxcvbn-dev libicu-dev libxlsxwriter-dev libqt6svg6
  fonts-noto-cjk fonts-noto-color-emoji
)

# Running the integration tests against real servers.
STOREKEEPER_TEST_PACKAGES=(
  postgresql mariadb-server
  clang unzip
)

storekeeper_install_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  # Installing a server package must not start a system-wide server: the tests start their own.
  local policy_rc=/usr/sbin/policy-rc.d created_policy=0
  if [ ! -e "$policy_rc" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy_rc" >/dev/null
    "${sudo[@]}" chmod +x "$policy_rc"
    created_policy=1
  fi
  local status=0
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" ||
    status=$?
  [ $created_policy -eq 1 ] && "${sudo[@]}" rm -f "$policy_rc"
  return $status
}
