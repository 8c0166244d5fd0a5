# Sourced by run.sh and test.sh: installs what a bare Debian 12 machine lacks, then builds.
# Idempotent: apt-get runs only when a package is missing; cmake configures only once.

SD_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libssl-dev libsqlite3-dev zlib1g-dev libhiredis-dev
    redis-server redis-sentinel redis-tools openssl
    xvfb xauth fonts-dejavu-core fonts-wqy-microhei
)

sd_install_packages() {
    local missing=()
    local p
    for p in "${SD_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

sd_build() {
    local root build
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    build="$root/build"
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSESSIONDESK_WERROR=ON \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

sd_setup() {
    sd_install_packages && sd_build
}
