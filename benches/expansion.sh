#!/usr/bin/env bash
# Lines of code the derive writes for the OCPP 1.6 catalogue: the expansion
# of `ocpp-enums` (`-Zunpretty=expanded`, v16 only) minus the expansion of
# the same sources with the derive taken out (`, OcppEnum` and every
# `#[ocpp(...)]` / `#[cfg_attr(feature = "...", ocpp(...))]` removed from
# `ocpp-enums/src/v16`), with and without the `serde` feature; in lines and,
# since lines depend on where the pretty-printer breaks them, in tokens
# (`benches/tokens.py`). The last two figures leave out the `#[ocpp(...)]`
# attributes, which the expansion prints back as they were written.
#
# Usage: benches/expansion.sh [REV]   (default: the working tree)
# Writes only under ${TMPDIR:-/tmp}; needs python3 and git.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-}
tmp=${TMPDIR:-/tmp}/ocpp-expansion
rm -rf "$tmp"
mkdir -p "$tmp/with" "$tmp/without"
for side in with without; do
    if [ -n "$rev" ]; then
        git archive "$rev" | tar -x -C "$tmp/$side"
    else
        git ls-files -z --cached --others --exclude-standard | tar --null -T - -c | tar -x -C "$tmp/$side"
    fi
done
python3 - "$tmp/without/ocpp-enums/src/v16" <<'EOF'
import pathlib, re, sys
for path in pathlib.Path(sys.argv[1]).rglob("*.rs"):
    text = path.read_text()
    text = text.replace(", OcppEnum)]", ")]")
    text = re.sub(r'^[ \t]*#\[ocpp\(.*?\)\][ \t]*\n', "", text, flags=re.M | re.S)
    text = re.sub(r'^[ \t]*#\[cfg_attr\(feature = "[a-z]+", ocpp\(.*?\)\)\][ \t]*\n', "",
                  text, flags=re.M | re.S)
    path.write_text(text)
EOF
expand() { # dir features (those the checkout has: older ones had no `v16`)
    local features=$2
    grep -q '^v16 *=' "$1/ocpp-enums/Cargo.toml" || features=${features/v16/}
    (cd "$1" && CARGO_TARGET_DIR="$tmp/target" RUSTC_BOOTSTRAP=1 cargo rustc -q -p ocpp-enums --lib \
        --no-default-features --features "$features" -- -Zunpretty=expanded 2>/dev/null)
}
for features in std,v16,serde std,v16; do
    expand "$tmp/with" "$features" >"$tmp/with.rs"
    expand "$tmp/without" "$features" >"$tmp/without.rs"
    with=$(wc -l <"$tmp/with.rs")
    without=$(wc -l <"$tmp/without.rs")
    with_t=$(python3 benches/tokens.py <"$tmp/with.rs")
    without_t=$(python3 benches/tokens.py <"$tmp/without.rs")
    # The `#[ocpp(...)]` attributes are the derive's input, which the
    # pretty-printer prints back: in the difference, but not output.
    attrs=$(grep -cE '^\s*#\[ocpp\(' "$tmp/with.rs")
    attrs_t=$(grep -E '^\s*#\[ocpp\(' "$tmp/with.rs" | python3 benches/tokens.py)
    echo "$features: expansion $with lines ($with_t tokens), without the derive $without ($without_t):" \
        "the derive's output $((with - without)) lines, $((with_t - without_t)) tokens;" \
        "less the $attrs lines ($attrs_t tokens) of \`#[ocpp]\` attributes printed back:" \
        "$((with - without - attrs)) lines, $((with_t - without_t - attrs_t)) tokens"
done
