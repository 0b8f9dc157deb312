#!/usr/bin/env bash
# Replaces the default class-data-sharing (CDS) archive of the app image's runtime with one that holds every JDK and
# JavaFX class the editor loads up to its first window, found by a training run. The JVM maps the default archive
# (lib/server/classes.jsa) without any option, and it holds only classes of the runtime image itself, so it stays
# valid wherever the image is installed (an archive of the class path would be rejected once the app moves, e.g.
# from target/dist into /opt by the .deb). The app's own jars are small and load from the class path as usual.
#
# Usage: cds-archive.sh APP_IMAGE WORK_DIR JDK_HOME   (run by `./mvnw -Ppackage package`)
# The training run opens the window under Xvfb when it is installed; without Xvfb it runs headless commands only.
set -euo pipefail

image=$1
work=$2
jdk=$3
runtime="$image/lib/runtime"
raw="$work/training.classlist"
filtered="$work/startup.classlist"
rm -f "$raw" "$raw".* "$filtered" "$work/training.pdf"

home="-Dpostwright.home=$work/training-home" # keeps the runs away from the user's settings and recent files

# The window's training run: the launcher with its own options, plus the class list dump. The run quits once the
# window is shown (SIGTERM ends the JVM in an orderly way, so the list is complete); it fails after about 60 s.
train_window() {
    local display_file="$work/xvfb.display" log="$work/training.log" pid xvfb waited=0
    rm -f "$display_file"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
    xvfb=$!
    while [ ! -s "$display_file" ]; do sleep 0.1; done
    DISPLAY=":$(cat "$display_file")" \
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$raw.window -Dpostwright.timing=true $home" \
        "$image/bin/Postwright" >"$log" 2>&1 &
    pid=$!
    until grep -qs "first window shown" "$log"; do
        if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 600 ]; then
            kill "$pid" "$xvfb" 2>/dev/null || true
            echo "cds-archive: the training run did not show its window; log:" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    sleep 2 # let the first frame settle: classes loaded by the first layout and paint belong to the start-up too
    kill "$pid"
    wait "$pid" || true # exits with 143 on SIGTERM
    kill "$xvfb"
    wait "$xvfb" || true
}

# A headless run of COMMAND ARGS...; its class list goes to $raw.NAME. Exporting a PDF loads the JDK's font and
# imaging classes, which the window's start-up does not.
train_command() {
    local name=$1
    shift
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$raw.$name $home" \
        "$image/bin/Postwright" "$@" >/dev/null
}

if command -v Xvfb >/dev/null 2>&1; then
    train_window
else
    echo "cds-archive: Xvfb not installed; training with headless commands only (window start-up not archived)" >&2
fi
train_command new new --force --template backend-systems-developer -o "$work/training.json"
train_command export export "$work/training.json" --format pdf -o "$work/training.pdf"
cat "$raw".* >"$raw"

# Keep only what the runtime image holds: classes of the app's jars cannot be archived relocatably (see above).
"$jdk/bin/jimage" list "$runtime/lib/modules" | sed -n 's/^ *\(.*\)\.class$/\1/p' >"$work/runtime.classes"
awk 'NR == FNR { inImage[$1] = 1; next }
     /^@lambda-form-invoker/ { print; next }
     /^@lambda-proxy/ { if ($2 in inImage) print; next }
     /^#/ { next }
     ($1 in inImage) && !seen[$1]++ { print }' "$work/runtime.classes" "$raw" >"$filtered"

"$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$filtered" \
    -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" >"$work/cds-dump.log" 2>&1 || {
    cat "$work/cds-dump.log" >&2
    exit 1
}
# The variant for heaps over 32 GB (no compressed oops) is 11 MB that this editor does not need.
rm -f "$runtime/lib/server/classes_nocoops.jsa"
echo "cds-archive: $(wc -l <"$filtered") classes archived in $runtime/lib/server/classes.jsa"
