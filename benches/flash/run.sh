#!/usr/bin/env bash
# Flash size of the OCPP 1.6 catalogue in a Cortex-M4F firmware
# (thumbv7em-none-eabihf, opt-level "s", LTO, one codegen unit,
# --gc-sections): `ours` parses and formats every `ocpp_enums::v16`
# enumeration, `strum` does the same with strum enums that build.rs writes
# from the catalogue. Prints .text + .rodata of each and the ratio.
#
# Needs Debian's rustc-web 1.85 with rust-web-src (core is rebuilt for the
# target) and llvm-size: see CONTRIBUTING.md. `.ci/run` installs them.
set -euo pipefail
cd "$(dirname "$0")"
rustc_web=${RUSTC_WEB:-/usr/bin/rustc}
cargo_web=${CARGO_WEB:-/usr/bin/cargo}
lld="$(rustc --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld"
target_dir=${CARGO_TARGET_DIR:-../../target/flash}
RUSTC=$rustc_web RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$target_dir \
    RUSTFLAGS="-C linker=$lld -C linker-flavor=ld.lld -C link-arg=--gc-sections -C link-arg=-e_start" \
    "$cargo_web" build --quiet --release -Zbuild-std=core --target thumbv7em-none-eabihf "$@"
size() {
    llvm-size -A "$target_dir/thumbv7em-none-eabihf/release/$1" |
        awk '$1 == ".text" { t = $2 } $1 == ".rodata" { r = $2 } END { print t, r }'
}
read -r ours_text ours_rodata < <(size ours)
read -r strum_text strum_rodata < <(size strum)
ours=$((ours_text + ours_rodata))
strum=$((strum_text + strum_rodata))
printf '%-6s %8s %8s %8s\n' binary .text .rodata total
printf '%-6s %8d %8d %8d\n' ours "$ours_text" "$ours_rodata" "$ours"
printf '%-6s %8d %8d %8d\n' strum "$strum_text" "$strum_rodata" "$strum"
awk -v o="$ours" -v s="$strum" 'BEGIN { printf "ours / strum = %.2f\n", o / s; exit !(o < s) }'
