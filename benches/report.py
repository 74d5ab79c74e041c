#!/usr/bin/env python3
"""Tables for BENCHMARKS.md from criterion's results of `cargo bench --bench ocpp`.

Usage: python3 benches/report.py [CRITERION_DIR]   (default: target/criterion)

For each group, prints the median time per element (ns) of every function
and its ratio to ours (`ours_from_wire`, `ours_as_str`, `ours_display` or
`ours`), then a summary of the ratios the issue sets targets for.
"""

import json
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join("target", "criterion")

groups = {}
best = {}
for dirpath, _dirnames, filenames in os.walk(root):
    if os.path.basename(dirpath) != "new" or "benchmark.json" not in filenames:
        continue
    with open(os.path.join(dirpath, "benchmark.json")) as f:
        bench = json.load(f)
    with open(os.path.join(dirpath, "estimates.json")) as f:
        estimates = json.load(f)
    with open(os.path.join(dirpath, "sample.json")) as f:
        sample = json.load(f)
    elements = (bench.get("throughput") or {}).get("Elements", 1)
    median = estimates["median"]["point_estimate"] / elements
    fastest = min(t / n for t, n in zip(sample["times"], sample["iters"])) / elements
    groups.setdefault(bench["group_id"], {})[bench["function_id"]] = median
    best.setdefault(bench["group_id"], {})[bench["function_id"]] = fastest

if not groups:
    sys.exit(f"no criterion results under {root}")


def baseline(results):
    for name in ("ours_from_wire", "ours_as_str", "ours"):
        if name in results:
            return name
    return None


def fmt(ns):
    return f"{ns / 1000:.2f} µs" if ns >= 1000 else f"{ns:.2f} ns"


for group in sorted(groups):
    results = groups[group]
    base = baseline(results)
    print(f"\n#### `{group}`\n")
    fastest = best[group]
    print("| | median per element | ratio to ours | fastest sample | ratio to ours |")
    print("|---|---:|---:|---:|---:|")
    for name, ns in sorted(results.items(), key=lambda kv: kv[1]):
        ratio = f"{ns / results[base]:.2f}" if base else ""
        fast_ratio = f"{fastest[name] / fastest[base]:.2f}" if base else ""
        print(f"| {name} | {fmt(ns)} | {ratio} | {fmt(fastest[name])} | {fast_ratio} |")


def ratio(group, a, b, table=None):
    r = (table or groups).get(group, {})
    if a in r and b in r:
        return r[a] / r[b]
    return None


print("\n#### Targets\n")
print("Median ratios decide; the ratio of the fastest samples is shown beside them.\n")
print("| target | group | median ratio | fastest ratio | met |")
print("|---|---|---:|---:|:---:|")

current = {}


def row(target, group, value, ok):
    if value is None:
        return
    a, b = current["pair"]
    fast = ratio(group, a, b, best)
    fast = f"{fast:.2f}" if fast is not None else ""
    print(f"| {target} | `{group}` | {value:.2f} | {fast} | {'yes' if ok(value) else '**no**'} |")


def ratio_of(group, a, b):
    current["pair"] = (a, b)
    return ratio(group, a, b)


for group in sorted(g for g in groups if g.startswith("parse/")):
    enum = group.split("/")[1]
    if enum in ("Measurand", "ConfigurationKey") and not group.endswith("mixed_case"):
        row("strum / from_wire >= 1.7", group, ratio_of(group, "strum", "ours_from_wire"), lambda v: v >= 1.7)
    for peer in ("strum", "match"):
        row(f"{peer} / from_wire >= 1", group, ratio_of(group, peer, "ours_from_wire"), lambda v: v >= 1.0)
    row("from_wire / floor <= 1.5", group, ratio_of(group, "ours_from_wire", "floor"), lambda v: v <= 1.5)
    if "floor_ignore_case" in groups[group]:
        row(
            "from_wire / floor_ignore_case <= 1.5",
            group,
            ratio_of(group, "ours_from_wire", "floor_ignore_case"),
            lambda v: v <= 1.5,
        )
for group in sorted(g for g in groups if g.startswith("print/")):
    row("as_str / strum into_str <= 1.1", group, ratio_of(group, "ours_as_str", "strum_into_str"), lambda v: v <= 1.1)
    row("Display / strum Display <= 1.1", group, ratio_of(group, "ours_display", "strum_display"), lambda v: v <= 1.1)
for group in sorted(g for g in groups if g.startswith("serde_json/")):
    if group.endswith("/valid"):
        row("ours / serde_derive <= 1", group, ratio_of(group, "ours", "serde_derive"), lambda v: v <= 1.0)
    else:
        row("serde_derive / ours >= 5", group, ratio_of(group, "serde_derive", "ours"), lambda v: v >= 5.0)

# The payload with one bad value costs the parse of the rest plus the error:
# the error alone is the difference to the valid payload.
valid, invalid = groups.get("serde_json/MeterValues/valid"), groups.get("serde_json/MeterValues/invalid")
if valid and invalid and all(k in valid and k in invalid for k in ("ours", "serde_derive")):
    ours = invalid["ours"] - valid["ours"]
    theirs = invalid["serde_derive"] - valid["serde_derive"]
    print(
        f"| serde_derive / ours >= 5 on the error alone (invalid - valid: {fmt(theirs)} vs {fmt(ours)}) "
        f"| `serde_json/MeterValues` | {theirs / ours:.2f} | | {'yes' if theirs / ours >= 5 else '**no**'} |"
    )
