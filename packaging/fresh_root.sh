#!/usr/bin/env bash
# A fresh Debian 12 root, as a new user's machine is: built with mmdebstrap (variant minbase: apt and nothing else),
# entered with chroot. Sourced by .ci/run; needs root (mount, chroot) and Debian's mirrors.
#   fresh_root_create DIR          builds the root in DIR (about a minute)
#   fresh_root_copy FROM TO        a second, identical fresh root (cheaper than building one again)
#   fresh_root_run DIR SRC CMD...  runs CMD as root inside DIR, with /proc, /sys, /dev and SRC bind-mounted
#                                  at /work/loadscope (the working directory) and the host's ccache directory at
#                                  /root/.cache/ccache; unmounts on the way out
#   fresh_root_remove DIR          unmounts what is left and deletes DIR
# Nothing else is shared with the host: packages come from the mirrors inside the root on every run.

fresh_root_suites=(
  "deb http://deb.debian.org/debian bookworm main"
  "deb http://deb.debian.org/debian bookworm-updates main"
  "deb http://deb.debian.org/debian-security bookworm-security main"
)

fresh_root_create() {
  local dir=$1
  mmdebstrap --quiet --variant=minbase bookworm "$dir" "${fresh_root_suites[@]}"
  # A fresh machine resolves names; the root needs the host's resolver to reach the mirrors.
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf"
}

fresh_root_copy() {
  cp -a "$1" "$2"
}

fresh_root_mounts() {  # DIR: the mount points inside DIR, innermost last
  local dir=$1
  echo "$dir/proc" "$dir/sys" "$dir/dev" "$dir/dev/pts" "$dir/dev/shm" "$dir/work/loadscope" "$dir/root/.cache/ccache"
}

fresh_root_unmount() {
  local dir=$1 mounts m
  read -r -a mounts <<<"$(fresh_root_mounts "$dir")"
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    m=${mounts[i]}
    mountpoint -q "$m" 2>/dev/null && umount -l "$m"
  done
  return 0
}

fresh_root_run() {
  local dir=$1 src=$2 ccache_dir=${CCACHE_DIR:-$HOME/.cache/ccache}
  shift 2
  mkdir -p "$dir/work/loadscope" "$dir/root/.cache/ccache" "$ccache_dir"
  mount -t proc proc "$dir/proc"
  mount --rbind /sys "$dir/sys" && mount --make-rslave "$dir/sys"
  mount --bind /dev "$dir/dev"
  mount --bind /dev/pts "$dir/dev/pts"
  mount -t tmpfs -o mode=1777 shm "$dir/dev/shm"
  mount --bind "$src" "$dir/work/loadscope"
  mount --bind "$ccache_dir" "$dir/root/.cache/ccache"
  local status=0
  # The compiler inside is a new file with the same content: ccache compares content, and paths below /work
  # relative to it, so a run here reuses what an earlier run compiled.
  chroot "$dir" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM=dumb CI="${CI:-}" LOADSCOPE_FRESH_ROOT="${LOADSCOPE_FRESH_ROOT:-}" \
    CCACHE_DIR=/root/.cache/ccache CCACHE_BASEDIR=/work CCACHE_NOHASHDIR=1 CCACHE_COMPILERCHECK=content \
    CCACHE_MAXSIZE=25G \
    bash -c 'cd /work/loadscope && exec "$@"' bash "$@" || status=$?
  fresh_root_unmount "$dir"
  return "$status"
}

fresh_root_remove() {
  local dir=$1
  [ -d "$dir" ] || return 0
  fresh_root_unmount "$dir"
  rm -rf --one-file-system "$dir"
}
