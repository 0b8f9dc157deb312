#!/usr/bin/env bash
# Records the classes the editor loads up to its first window into
# src/main/resources/app/postwright/cds/editor-classes.txt, the list ClassDataTraining loads at build time so that
# the class-data-sharing archive next to target/postwright.jar covers the editor's start too. Run it after changes
# that alter what the start view loads (new controls, libraries); a stale list only makes the archive less complete.
# Needs xvfb-run and a built jar (./mvnw -B package). Usage: packaging/record-editor-classes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/postwright-classes.XXXXXX)
trap 'rm -rf "$work"' EXIT
list=src/main/resources/app/postwright/cds/editor-classes.txt

# One JVM (no hand-over to a tuned one), its own settings folder, stopped with SIGTERM once the first frame has
# settled so that the list is complete.
setsid xvfb-run -a -s "-screen 0 1600x1000x24" java -Dpostwright.tuned=true -Dpostwright.timing=true \
    -Dpostwright.home="$work/home" -XX:DumpLoadedClassList="$work/raw.classlist" \
    -jar target/postwright.jar >"$work/log.txt" 2>&1 &
session=$!
for _ in $(seq 600); do
    grep -q 'first window shown' "$work/log.txt" && break
    sleep 0.1
done
grep -q 'first window shown' "$work/log.txt" || { cat "$work/log.txt" >&2; kill -- -"$session"; exit 1; }
sleep 3
kill -TERM -- -"$session"
wait "$session" 2>/dev/null || true

{
    echo "# Classes the editor loads up to its first window (packaging/record-editor-classes.sh); ClassDataTraining loads"
    echo "# them so that the build's class-data-sharing archive holds them. A stale list only makes that archive less complete."
    # Lambda proxies and hidden classes are generated at run time and cannot be loaded by name.
    grep -v '^[@#]' "$work/raw.classlist" | awk '{print $1}' | grep -v '\$\$Lambda\|/0x\|\$Proxy' | tr / .
} >"$list"
echo "$(grep -vc '^#' "$list") classes in $list"
