#!/usr/bin/env bash
# Smoke test of a packaged app image: its native launcher runs the command line headless, passes stdout, stderr and
# exit codes through, and exports a PDF with the bundled runtime. Usage: packaging/smoke-test.sh APP_IMAGE (run by
# .ci/run after ./mvnw -Ppackage package).
set -euo pipefail
launcher="$1/bin/Postwright"
work=$(mktemp -d /tmp/postwright-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
pw() { "$launcher" "$@"; }
fail() { echo "smoke test: $*" >&2; exit 1; }

# JavaFX's native libraries sit in the runtime, where a jlinked JavaFX loads them directly (see pom.xml).
[ -f "$1/lib/runtime/lib/libjfxwebkit.so" ] || fail "WebKit's native library is not in $1/lib/runtime/lib"

version=$(pw --version)
[[ $version =~ ^Postwright\ [0-9]+\.[0-9]+\.[0-9]+.*\(built\ [0-9-]+\)$ ]] || fail "unexpected --version: $version"

pw new --template backend-systems-developer -o "$work/posting.json"
pw export "$work/posting.json" --format pdf -o "$work/posting.pdf"
[ "$(head -c 5 "$work/posting.pdf")" = "%PDF-" ] || fail "export did not write a PDF"

set +e
pw export "$work/missing.json" --format pdf 2>"$work/err.txt"
code=$?
set -e
[ "$code" -eq 2 ] || fail "bad input exited $code, expected 2"
grep -q "missing.json" "$work/err.txt" || fail "bad input message not on stderr: $(cat "$work/err.txt")"

echo "smoke test passed: $version; PDF of $(wc -c <"$work/posting.pdf") bytes; bad input exits 2"
