#!/usr/bin/env bash
# Compile time of the OCPP 1.6 catalogue: a clean `cargo build` of
# `ocpp-enums` against the same enums written with strum's derives
# (`EnumString`, `IntoStaticStr`, `EnumIter`, `VariantNames`), in a scratch
# crate generated from the catalogue's own description
# (`cargo run --example catalogue -- --json`, its `v16` part): the same enums, variants, wire strings, aliases
# and case rules, with the catalogue's std derives, but without its
# documentation comments (which both derives would only skip over).
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
mkdir -p "$strum/src"
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
pub mod v16;
EOF
cargo run -q --offline --example catalogue -- --json >"$tmp/catalogue.json"
python3 - "$tmp/catalogue.json" "$strum/src/v16.rs" <<'EOF'
import json, sys
enums = json.load(open(sys.argv[1]))["v16"]
out = ["//! The OCPP 1.6 catalogue, with strum.", "",
       "use strum::{EnumIter, EnumString, IntoStaticStr, VariantNames};", ""]
for e in enums:
    out.append("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,")
    out.append("         EnumString, IntoStaticStr, EnumIter, VariantNames)]")
    if e["ascii_case_insensitive"]:
        out.append("#[strum(ascii_case_insensitive)]")
    out.append(f"pub enum {e['name']} {{")
    for v in e["variants"]:
        parts = [f'to_string = "{v["wire"]}"'] + [f'serialize = "{a}"' for a in v["aliases"]]
        out.append(f"    #[strum({', '.join(parts)})]")
        out.append(f"    {v['rust']},")
    out.append("}")
    out.append("")
open(sys.argv[2], "w").write("\n".join(out))
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
    # The same catalogue as strum's: v16 only (the default features add
    # the 2.0.1 and 2.1 catalogues, which strum's crate does not have).
    measure "ocpp-enums     " "$repo" "$tmp/ct-ours" -p ocpp-enums --no-default-features --features std,v16
    measure "strum-catalogue" "$strum" "$tmp/ct-strum"
done
echo
echo "syn in a build of ocpp-enums with serde's derive (this repository's root package):"
(cd "$repo" && cargo tree --offline -p ocpp-enums-tests -e normal,build --prefix none | grep -E '^syn v' | sort -u)
echo "syn in the strum build (serde_derive would add syn 3 beside it):"
(cd "$strum" && cargo tree --offline -e normal,build --prefix none | grep -E '^syn v' | sort -u)
