# Sourced by the benchmark scripts: sets STRATA to the strata binary to time (env STRATA, else
# the release, ci or default build of this checkout) and ROOT to the checkout; exits 2 without.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ -z "${STRATA:-}" ]; then
    for c in "$ROOT/build/release/bin/strata" "$ROOT/build/ci/bin/strata" "$ROOT/build/bin/strata"; do
        [ -x "$c" ] && { STRATA=$c; break; }
    done
fi
[ -x "${STRATA:-}" ] || { echo "build strata first (cmake --preset ci && cmake --build --preset ci)" >&2; exit 2; }
