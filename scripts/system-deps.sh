# Installs a Debian package when its binary is missing and we are root; otherwise explains what to do.
apt_updated=""
ensure_apt_package() {
  local binary="$1"; shift
  [ -x "$binary" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "test: $binary is missing; install it with: sudo apt-get install -y $*" >&2
    exit 1
  fi
  if [ -z "$apt_updated" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 && apt_updated=1
  fi
  echo "test: installing $* with apt" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
  [ -x "$binary" ] || { echo "test: $binary still missing after installing $*" >&2; exit 1; }
}
