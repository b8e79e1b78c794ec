# Shared helpers for the scripts in this folder. Source it; do not run it.
set -euo pipefail

STRATA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export STRATA_ROOT

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

jobs_count() {
    local n
    n=$(nproc 2>/dev/null || echo 2)
    echo "$n"
}

# ccache (when installed) keys on paths relative to the repository's parent, so worktrees and
# clean clones share compiled objects.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$STRATA_ROOT")}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
