#!/usr/bin/env python3
"""Prints the `peers!` invocations of benches/ocpp/peers.rs from the
catalogue's own description (`cargo run --example catalogue -- --json`,
built from `ocpp_enums::v16::ENUMS`). Regenerate after a catalogue change
with:

    python3 benches/gen_peers.py > /tmp/peers.txt

and replace the invocations at the end of benches/ocpp/peers.rs with it (the
benchmark checks at start-up that the lists match `VARIANTS`).
"""

import json
import os
import subprocess

ENUMS = [
    "Measurand",
    "ConfigurationKey",
    "Action",
    "UnitOfMeasure",
    "ReadingContext",
    "Location",
    "Phase",
    "ValueFormat",
]

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
catalogue = json.loads(
    subprocess.run(
        ["cargo", "run", "-q", "--example", "catalogue", "--", "--json"],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
)["v16"]
by_name = {e["name"]: e for e in catalogue}
out = []
for name in ENUMS:
    out.append(f"peers! {{\n    {name}:")
    for v in by_name[name]["variants"]:
        wire, aliases = v["wire"], v["aliases"]
        exact = "".join(f' | "{a}"' for a in aliases)
        lowered = "".join(f' | b"{a.lower()}"' for a in aliases)
        out.append(f'    {v["rust"]} = "{wire}"{exact} / b"{wire.lower()}"{lowered},')
    out.append("}\n")
print("\n".join(out))
