#!/usr/bin/env bash
# Compile time of the OCPP 1.6 catalogue: a clean `cargo build` of
# `ocpp-enums` against the same enums written with strum's derives
# (`EnumString`, `IntoStaticStr`, `EnumIter`, `VariantNames`), in a scratch
# crate generated from `ocpp-enums/src/v16` (same files, documentation and
# std derives; only the derive and its attributes change).
#
# Usage: benches/compile_time.sh [RUNS]   (default 3, alternating)
# Needs python3. Writes only under ${TMPDIR:-/tmp}; uses the registry cache
# (`--offline`), so run `cargo fetch` once if that fails.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${1:-3}
tmp=${TMPDIR:-/tmp}
strum="$tmp/strum-catalogue"

rm -rf "$strum"
mkdir -p "$strum/src/v16"
cp Cargo.lock "$strum/"
cat >"$strum/Cargo.toml" <<'EOF'
[package]
name = "strum-catalogue"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
strum = { version = "0.28", features = ["derive"] }

[workspace]
EOF
cat >"$strum/src/lib.rs" <<'EOF'
//! The OCPP 1.6 catalogue of ocpp-enums written with strum.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod v16;
EOF
python3 - "$repo/ocpp-enums/src/v16" "$strum/src/v16" <<'EOF'
import glob, os, re, sys
src, dst = sys.argv[1], sys.argv[2]
for path in sorted(glob.glob(os.path.join(src, "*.rs"))):
    text = open(path).read()
    name = os.path.basename(path)
    if name == "mod.rs":
        keep = [l for l in text.splitlines() if l.startswith(("mod ", "pub use "))]
        text = "//! The OCPP 1.6 catalogue, with strum.\n\n" + "\n".join(keep) + "\n"
    else:
        text = text.replace("use crate::OcppEnum;", "use strum::{EnumIter, EnumString, IntoStaticStr, VariantNames};")
        text = re.sub(r"\bOcppEnum\)\]", "EnumString, IntoStaticStr, EnumIter, VariantNames)]", text)
        text = text.replace("#[ocpp(ascii_case_insensitive)]", "#[strum(ascii_case_insensitive)]")

        def attr(m):
            quoted = re.findall(r'"([^"]*)"', m.group(1))
            parts = [f'to_string = "{quoted[0]}"'] + [f'serialize = "{a}"' for a in quoted[1:]]
            return "#[strum(" + ", ".join(parts) + ")]"

        text = re.sub(r'#\[ocpp\((\s*"[^\]]*?)\)\]', attr, text, flags=re.S)
    open(os.path.join(dst, name), "w").write(text)
EOF

measure() {
    local label=$1 dir=$2 target=$3
    shift 3
    rm -rf "$target"
    (cd "$dir" && CARGO_TARGET_DIR="$target" CARGO_INCREMENTAL=0 \
        /usr/bin/time -f "$label wall %e s, user %U s, sys %S s" cargo build --offline -q "$@")
}

for i in $(seq "$runs"); do
    echo "run $i: $(uptime | sed 's/.*load/load/')"
    measure "ocpp-enums     " "$repo" "$tmp/ct-ours" -p ocpp-enums
    measure "strum-catalogue" "$strum" "$tmp/ct-strum"
done
echo
echo "syn in a build of ocpp-enums with serde's derive (this repository's root package):"
(cd "$repo" && cargo tree --offline -p ocpp-enums-tests -e normal,build --prefix none | grep -E '^syn v' | sort -u)
echo "syn in the strum build (serde_derive would add syn 3 beside it):"
(cd "$strum" && cargo tree --offline -e normal,build --prefix none | grep -E '^syn v' | sort -u)
