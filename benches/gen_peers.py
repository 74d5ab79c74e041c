#!/usr/bin/env python3
"""Prints the `peers!` invocations of benches/ocpp/peers.rs from the sources
of ocpp_enums::v16. Regenerate after a catalogue change with:

    python3 benches/gen_peers.py > /tmp/peers.txt

and replace the invocations at the end of benches/ocpp/peers.rs with it (the
benchmark checks at start-up that the lists match `VARIANTS`).
"""

import glob
import os
import re

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

root = os.path.join(os.path.dirname(__file__), "..", "ocpp-enums", "src", "v16")
src = "".join(open(f).read() for f in sorted(glob.glob(os.path.join(root, "*.rs"))))
out = []
for name in ENUMS:
    body = re.search(r"pub enum " + name + r" \{(.*?)\n\}", src, re.S).group(1)
    items = re.findall(r'#\[ocpp\(\s*"([^"]*)"([^\]]*)\)\]\s*(?:#\[[^\]]*\]\s*)*(\w+),', body)
    out.append(f"peers! {{\n    {name}:")
    for wire, rest, variant in items:
        aliases = re.findall(r'alias = "([^"]*)"', rest)
        exact = "".join(f' | "{a}"' for a in aliases)
        lowered = "".join(f' | b"{a.lower()}"' for a in aliases)
        out.append(f'    {variant} = "{wire}"{exact} / b"{wire.lower()}"{lowered},')
    out.append("}\n")
print("\n".join(out))
