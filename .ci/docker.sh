# Docker engine helpers for CI and for the Docker-backed tests. Source it, or run it with a function name:
#   bash .ci/docker.sh start_dockerd make_base_image
# Needs root and Debian's docker.io and busybox-static packages.
#
# dockerd runs with its defaults: on this kind of machine (a Firecracker VM, cgroup v1, ext4 root) overlay2, the
# bridge network and iptables all work, so no flag is needed, and every extra flag would be one more way to differ
# from the engine our users have. Builds never reach the network: the base image is imported from a local rootfs
# and the test Dockerfiles only RUN busybox applets.

BASE_IMAGE_REPO=container-gate-test/busybox

start_dockerd() {
  if docker info >/dev/null 2>&1; then
    return 0
  fi
  if ! command -v dockerd >/dev/null 2>&1; then
    echo "start_dockerd: dockerd is not installed (apt-get install -y docker.io)" >&2
    return 1
  fi
  DOCKERD_LOG=$(mktemp -t dockerd.XXXXXX.log)
  # No stdin, and fd 9 closed: the daemon outlives this shell and must not hold its pipes or the lock below.
  dockerd </dev/null >"$DOCKERD_LOG" 2>&1 9>&- &
  DOCKERD_PID=$!
  export DOCKERD_PID DOCKERD_LOG
  local waited=0
  until docker info >/dev/null 2>&1; do
    if ! kill -0 "$DOCKERD_PID" 2>/dev/null || [ "$waited" -ge 60 ]; then
      echo "start_dockerd: the Docker daemon did not answer within ${waited}s; the end of $DOCKERD_LOG:" >&2
      tail -n 30 "$DOCKERD_LOG" >&2
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "start_dockerd: dockerd (pid $DOCKERD_PID) answers after ${waited}s; log in $DOCKERD_LOG"
}

stop_dockerd() {
  if [ -z "${DOCKERD_PID:-}" ]; then
    return 0
  fi
  kill "$DOCKERD_PID" 2>/dev/null || true
  # Not `wait`: when start_dockerd ran in another shell, the daemon is not this shell's child.
  while kill -0 "$DOCKERD_PID" 2>/dev/null; do
    sleep 1
  done
  unset DOCKERD_PID
}

# The tag carries busybox's upstream version, so a changed package shows up as a new image, not a silent swap.
busybox_version() {
  "$1" 2>&1 | sed -n '1s/^BusyBox v\([0-9.]*\).*/\1/p'
}

make_base_image() {
  local busybox=/bin/busybox workdir
  workdir=$(mktemp -d)
  if [ ! -x "$busybox" ]; then
    (cd "$workdir" && apt-get download busybox-static >/dev/null && dpkg-deb -x busybox-static_*.deb pkg) || {
      echo "make_base_image: busybox-static is neither installed nor downloadable" >&2
      rm -rf "$workdir"
      return 1
    }
    busybox="$workdir/pkg/bin/busybox"
  fi
  local version
  version=$(busybox_version "$busybox")
  BASE_IMAGE="$BASE_IMAGE_REPO:$version"
  export BASE_IMAGE
  if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    rm -rf "$workdir"
    echo "$BASE_IMAGE"
    return 0
  fi
  local rootfs="$workdir/rootfs" applet
  mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/etc" "$rootfs/root"
  cp "$busybox" "$rootfs/bin/busybox"
  for applet in $("$busybox" --list); do
    [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' >"$rootfs/etc/passwd"
  echo 'root:x:0:' >"$rootfs/etc/group"
  local status=0
  tar -C "$rootfs" -c . | docker import --change 'CMD ["/bin/sh"]' --change 'ENV PATH=/bin' - "$BASE_IMAGE" >/dev/null || status=$?
  rm -rf "$workdir"
  [ "$status" -eq 0 ] || return "$status"
  echo "$BASE_IMAGE"
}

# Run as a script: call each argument as a function, stopping at the first failure. Test files run in parallel
# and each may ask for the engine, so one caller at a time goes through the steps (the later ones find it up).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -e
  exec 9>"${TMPDIR:-/tmp}/container-gate-docker.lock"
  flock 9
  for step in "$@"; do
    "$step"
  done
fi
