#!/usr/bin/env bash
# Runs the platform's own client test suite — dx-toolkit's org tests in
# src/python/test/test_dxclient.py and test_dxpy.py, unchanged — with pytest against
# `npm run api -- --scenario dx-toolkit`, and prints each test's result and a total.
#
# usage: scripts/dx-toolkit-suite.sh [DX_TOOLKIT] [-- PYTEST_ARGS...]
#   DX_TOOLKIT  a dx-toolkit git dir or checkout   (default $DX_TOOLKIT, else
#               /work/.mirror/dnanexus+dx-toolkit/repo)
#
# environment:
#   DX_TOOLKIT   as above
#   DX_REF       the commit to take the tests and dxpy from  (default HEAD; git dirs only)
#   DX_PYTHON    the python3 with pytest, pexpect, requests, mock  (default /usr/bin/python3)
#
# Fetches nothing. Without dx-toolkit or the python modules (CI) it prints SKIP and
# exits 0. Exit 1 when fewer tests pass than EXPECTED_PASSES. See docs/dx-check.md.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/api-server.sh
. "$ROOT/scripts/api-server.sh"
DX_TOOLKIT=${DX_TOOLKIT:-/work/.mirror/dnanexus+dx-toolkit/repo}
if [ $# -gt 0 ] && [ "$1" != "--" ]; then DX_TOOLKIT=$1; shift; fi
[ "${1:-}" = "--" ] && shift
DX_REF=${DX_REF:-HEAD}
DX_PYTHON=${DX_PYTHON:-/usr/bin/python3}
# Every test that any server can pass (docs/dx-check.md says why the others cannot).
EXPECTED_PASSES=31

# In file order: test_find_orgs lists every org alice belongs to, before the org tests make more.
TESTS=(
  test_dxclient.py::TestDXClientFind::test_find_orgs
  test_dxclient.py::TestDXClientFind::test_find_orgs_format
  test_dxclient.py::TestDXClientFindInOrg
  test_dxclient.py::TestDXClientOrg
  test_dxclient.py::TestDXClientNewProject::test_dx_create_new_project_with_bill_to
  test_dxclient.py::TestDXClientNewUser
  test_dxclient.py::TestDXClientMembership
  test_dxpy.py::TestDXSearch::test_find_org_projects_created
  test_dxpy.py::TestIdempotentRequests::test_idempotent_org_creation
)

skip() {
  echo "SKIP: $*"
  exit 0
}

# ---------------------------------------------------------------- what is needed
if git -C "$DX_TOOLKIT" rev-parse --git-dir >/dev/null 2>&1; then
  COMMIT=$(git -C "$DX_TOOLKIT" rev-parse --verify -q "$DX_REF^{commit}") || skip "no commit $DX_REF in $DX_TOOLKIT"
elif [ -f "$DX_TOOLKIT/src/python/dxpy/__init__.py" ]; then
  COMMIT=""
else
  skip "no dx-toolkit at $DX_TOOLKIT (give a git dir or checkout; see docs/dx-check.md)"
fi
[ -x "$DX_PYTHON" ] || skip "no $DX_PYTHON (set DX_PYTHON)"
"$DX_PYTHON" -c 'import pytest, pexpect, requests, mock, urllib3, dateutil' 2>/dev/null ||
  skip "$DX_PYTHON lacks pytest/pexpect/requests/mock (apt-get install python3-pytest python3-pexpect python3-requests python3-mock; dx's own modules: ../shared/tools/dx-client/setup.sh)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dx-toolkit-suite.XXXXXX")
trap 'stop_server; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- the sources, unchanged
# dxpy and the two test files with their helper module; nothing else of the test folder
# (it holds large binaries a partial mirror may lack).
FILES=(src/python/dxpy src/python/test/dxpy_testutil.py src/python/test/pytest.ini
  src/python/test/test_dxclient.py src/python/test/test_dxpy.py)
if [ -n "$COMMIT" ]; then
  # A partial mirror may lack blobs elsewhere in src/python/test; git names them even
  # though they are not asked for (filtered out), and the files asked for are checked below.
  git -C "$DX_TOOLKIT" archive "$COMMIT" -- "${FILES[@]}" 2> >(grep -v "src/python/test/" >&2) | tar -x -C "$WORK"
else
  for f in "${FILES[@]}"; do
    mkdir -p "$WORK/$(dirname "$f")" && cp -a "$DX_TOOLKIT/$f" "$WORK/$f"
  done
  COMMIT="checkout $DX_TOOLKIT"
fi
for f in "${FILES[@]}"; do [ -e "$WORK/$f" ] || skip "cannot extract $f from $DX_TOOLKIT"; done
"$DX_PYTHON" -c 'import argcomplete, psutil' 2>/dev/null ||
  skip "$DX_PYTHON cannot run dx (apt-get install python3-argcomplete python3-psutil; see ../shared/tools/dx-client/setup.sh)"

# `dx` on PATH, run from the extracted sources (the tests call it through a shell).
mkdir -p "$WORK/bin" "$WORK/home"
cat >"$WORK/bin/dx" <<EOF
#!/bin/sh
exec "$DX_PYTHON" -c 'import sys; sys.argv[0] = "dx"; from dxpy.scripts.dx import main; main()' "\$@"
EOF
chmod +x "$WORK/bin/dx"

# ---------------------------------------------------------------- the server
cd "$ROOT" || exit 1
start_api_server "$WORK" --scenario dx-toolkit --data "$WORK/state.sqlite"
HOSTPORT=${URL#http://}
HOSTPORT=${HOSTPORT%/}
echo "API server: $URL (scenario dx-toolkit, data in $WORK/state.sqlite)"
echo "dx-toolkit: $COMMIT"
echo

# ---------------------------------------------------------------- the suite
# The test stack's settings: alice's token, the auth server (for `dx new user`) at the
# same address, and the flags that turn on the tests needing the org fixtures.
cd "$WORK/src/python/test" || exit 1
env -i PATH="$WORK/bin:/usr/bin:/bin" HOME="$WORK/home" LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC \
  PYTHONPATH="$WORK/src/python" \
  DX_APISERVER_PROTOCOL=http DX_APISERVER_HOST="${HOSTPORT%:*}" DX_APISERVER_PORT="${HOSTPORT##*:}" \
  DX_AUTHSERVER_HOST="http://${HOSTPORT%:*}" DX_AUTHSERVER_PORT="${HOSTPORT##*:}" \
  DX_SECURITY_CONTEXT='{"auth_token_type": "Bearer", "auth_token": "demo-token-alice"}' \
  DX_USER_CONF_DIR="$WORK/home/.dnanexus_config" \
  DXTEST_ISOLATED_ENV=1 DXTEST_WITH_AUTHSERVER=1 \
  "$DX_PYTHON" -m pytest -p no:cacheprovider -rA --tb=line -q "${TESTS[@]}" "$@" >"$WORK/pytest.out" 2>&1
PYTEST_RC=$?

# Per-test lines from pytest's short summary (-rA), then the total.
grep -E '^(PASSED|FAILED|ERROR|SKIPPED) ' "$WORK/pytest.out" | sed -E 's/^(PASSED|FAILED|ERROR|SKIPPED) /\1  /'
echo
FAILED_LINES=$(grep -cE '^(FAILED|ERROR) ' "$WORK/pytest.out")
PASSED=$(grep -cE '^PASSED ' "$WORK/pytest.out")
TOTAL=$(grep -cE '^(PASSED|FAILED|ERROR|SKIPPED) ' "$WORK/pytest.out")
echo "$PASSED of $TOTAL passed ($FAILED_LINES failed; pytest exit $PYTEST_RC)"
if [ -n "${DX_SUITE_LOG:-}" ]; then cp "$WORK/pytest.out" "$DX_SUITE_LOG" && echo "pytest's output: $DX_SUITE_LOG"; fi
stop_server
[ "$PASSED" -ge "$EXPECTED_PASSES" ]
