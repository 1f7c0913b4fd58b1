# Configures (once) and builds with Ninja and ccache. Sourced by scripts/run and scripts/test.

storekeeper_build() {
  local source_dir=$1 build_dir=$2
  shift 2
  # Compiler results cached by paths relative to the checkout, so another clone reuses them.
  export CCACHE_BASEDIR="$source_dir" CCACHE_NOHASHDIR=true
  if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" || return 1
  fi
  cmake --build "$build_dir" --parallel "$(nproc)"
}
