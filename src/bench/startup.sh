#!/usr/bin/env bash
# Start-up time, launch → first window shown, of the packaged Postwright side by side with LibreOffice Writer, in
# one Xvfb session, runs interleaved so both see the same machine load. Figures go to docs/performance.md.
#
# Usage: src/bench/startup.sh [RUNS] [APP_IMAGE]    (defaults: 7, target/dist/Postwright)
#        EXTRA_JAVA_OPTIONS="-Xshare:off" src/bench/startup.sh   compares a variant of the launcher's JVM options
# Needs: the app image (./mvnw -B -Ppackage package -Dinstaller.skip=true), Xvfb, xdotool, soffice.
#
# "Window shown" is the same test for both: the first moment `xdotool search --onlyvisible` finds a top-level
# window with the app's name (polled every 10 ms). Postwright also reports its own figure (-Dpostwright.timing:
# stage.show() returned, measured from the process start).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
image=${2:-target/dist/Postwright}
work=$(mktemp -d /tmp/postwright-startup.XXXXXX)
# -noreset: by default Xvfb resets when its last client leaves, and a launch right after a stopped one could find no
# display ("cannot open display").
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" 2>/dev/null &
xvfb=$!
trap 'kill "$xvfb"; rm -rf "$work"' EXIT
while [ ! -s "$work/display" ]; do sleep 0.05; done
export DISPLAY=":$(cat "$work/display")"

now_ms() { date +%s%3N; }

# Launches "$@" in its own process group, waits for a visible window whose name matches $name, prints the
# milliseconds it took, then ends the group.
time_window() {
    local name=$1 start pid
    shift
    start=$(now_ms)
    setsid "$@" >"$work/out.log" 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name "$name" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "startup.sh: $1 exited before showing a window:" >&2
            cat "$work/out.log" >&2
            return 1
        fi
        sleep 0.01
    done
    echo $(($(now_ms) - start))
    kill -TERM -- "-$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    sleep 0.5 # let the window server settle before the next launch
}

postwright() {
    local options="-Dpostwright.timing=true -Dpostwright.home=$work/home ${EXTRA_JAVA_OPTIONS:-}"
    time_window '^Postwright$' env JAVA_TOOL_OPTIONS="$options" "$image/bin/Postwright"
    sed -n 's/.*first window shown \([0-9]*\) ms.*/\1/p' "$work/out.log" >>"$work/self.txt"
}

writer() {
    # A profile of its own, so the run neither reads nor changes the user's; --norestore skips crash recovery.
    time_window 'LibreOffice Writer' soffice --writer --norestore "-env:UserInstallation=file://$work/lo-profile"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "extra JVM options: ${EXTRA_JAVA_OPTIONS:-none}"
echo "# warm-up (discarded): Postwright $(postwright) ms, Writer $(writer) ms (creates its profile)"
: >"$work/self.txt"
for i in $(seq "$runs"); do
    p=$(postwright)
    w=$(writer)
    echo "run $i: Postwright $p ms, Writer $w ms"
    echo "$p" >>"$work/postwright.txt"
    echo "$w" >>"$work/writer.txt"
done
p=$(median <"$work/postwright.txt")
w=$(median <"$work/writer.txt")
echo "median of $runs: Postwright $p ms (own log line: $(median <"$work/self.txt") ms), Writer $w ms," \
    "ratio $(awk -v p="$p" -v w="$w" 'BEGIN { printf "%.2f", p / w }')"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
