# Configures (once) and builds with Ninja and ccache. Sourced by scripts/run and scripts/test.

# The compiler cache lives in one place whoever runs the build and whatever HOME says, so every
# clone and every run on this machine shares it: CCACHE_DIR when set, else this folder.
storekeeper_ccache_dir() {
  echo "${CCACHE_DIR:-/var/tmp/storekeeper-ccache-$(id -u)}"
}

# storekeeper_build SOURCE BUILD [TARGET...]: builds TARGETs (everything when none are given).
storekeeper_build() {
  local source_dir=$1 build_dir=$2
  shift 2
  # Compiler results cached by paths relative to the checkout, so another clone reuses them.
  export CCACHE_BASEDIR="$source_dir" CCACHE_NOHASHDIR=true
  CCACHE_DIR=$(storekeeper_ccache_dir)
  export CCACHE_DIR
  mkdir -p "$CCACHE_DIR"
  if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || return 1
  fi
  local targets=()
  local target
  for target in "$@"; do targets+=(--target "$target"); done
  cmake --build "$build_dir" --parallel "$(nproc)" "${targets[@]}"
}
